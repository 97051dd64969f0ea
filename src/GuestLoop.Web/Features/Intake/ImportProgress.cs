using System.Collections.Concurrent;

namespace GuestLoop.Web.Features.Intake;

/// <summary>
/// Rows written so far by the imports running in this instance. The import's transaction is not committed until the
/// end, so the count cannot be read from its job row meanwhile; the row gets the final figures at commit.
/// </summary>
public sealed class ImportProgress
{
    private readonly ConcurrentDictionary<Guid, int> _processed = new();

    public void Report(Guid jobId, int processed) => _processed[jobId] = processed;

    public int? Processed(Guid jobId) => _processed.TryGetValue(jobId, out var n) ? n : null;

    public void Forget(Guid jobId) => _processed.TryRemove(jobId, out _);
}
