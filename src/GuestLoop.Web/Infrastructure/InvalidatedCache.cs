using System.Collections.Concurrent;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// Values loaded from the database on first use and kept until <see cref="Invalidate"/> (an edit on this or, through
/// the cluster news, another instance). A load that overlaps an invalidation is handed to its caller but not kept, so
/// the cache never holds a copy older than the last change. A missing value (null) is never kept.
/// </summary>
public sealed class InvalidatedCache<TKey, TValue>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
    where TValue : class
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new(comparer ?? EqualityComparer<TKey>.Default);
    private readonly Lock _gate = new();
    private int _version;

    public void Invalidate()
    {
        lock (_gate)
        {
            _version++;
            _values.Clear();
        }
    }

    /// <summary>The kept value, else a fresh load.</summary>
    public async Task<TValue?> GetAsync(TKey key, Func<CancellationToken, Task<TValue?>> load, CancellationToken ct) =>
        _values.TryGetValue(key, out var kept) ? kept : await LoadAsync(key, load, ct);

    /// <summary>Loads the value now, whatever is kept, and keeps it unless a change was announced meanwhile.</summary>
    public async Task<TValue?> LoadAsync(TKey key, Func<CancellationToken, Task<TValue?>> load, CancellationToken ct)
    {
        int version;
        lock (_gate)
        {
            version = _version;
        }

        var value = await load(ct);
        if (value is not null)
        {
            lock (_gate)
            {
                if (_version == version)
                {
                    _values[key] = value;
                }
            }
        }

        return value;
    }
}
