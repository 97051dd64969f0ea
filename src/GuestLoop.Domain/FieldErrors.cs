using System.Collections;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain;

/// <summary>
/// The problems of an input by field, as the API names its fields ("title", "customer.phone", "rules[0].targets"), in
/// the order found. A field shows one problem: a later check that adds one replaces what an earlier check said, unless
/// it uses <see cref="TryAdd"/>. Read as a dictionary, it is what a validation problem's <c>errors</c> holds.
/// </summary>
public sealed class FieldErrors : IReadOnlyDictionary<string, string[]>
{
    private readonly Dictionary<string, string[]> _errors = [];

    /// <summary>No field errors, for what is shown before anything was checked.</summary>
    public static IReadOnlyDictionary<string, string[]> None { get; } = ReadOnlyDictionary<string, string[]>.Empty;

    /// <summary>True when any field has a problem.</summary>
    public bool Any => _errors.Count > 0;

    public int Count => _errors.Count;

    public IEnumerable<string> Keys => _errors.Keys;

    public IEnumerable<string[]> Values => _errors.Values;

    public string[] this[string field] => _errors[field];

    /// <summary>One problem of one field.</summary>
    public static FieldErrors For(string field, string message) => new() { { field, message } };

    /// <summary>Every problem of one field.</summary>
    public static FieldErrors For(string field, IEnumerable<string> messages) => new() { { field, messages } };

    /// <summary>The field's problem; it replaces one added before for the same field.</summary>
    public void Add(string field, string message) => _errors[field] = [message];

    /// <summary>Every problem of a field at once (a list whose entries are checked together); replaces earlier ones.</summary>
    public void Add(string field, IEnumerable<string> messages) => _errors[field] = [.. messages];

    /// <summary>The problems another check found, each replacing one of the same field.</summary>
    public void Add(IEnumerable<KeyValuePair<string, string[]>> problems)
    {
        foreach (var (field, messages) in problems)
        {
            _errors[field] = messages;
        }
    }

    /// <summary>The field's problem unless the field has one already: the first found is the one shown.</summary>
    public bool TryAdd(string field, string message) => _errors.TryAdd(field, [message]);

    /// <summary>"Required." for each field whose text is missing or blank.</summary>
    public void RequireText(params ReadOnlySpan<(string Field, string? Value)> fields)
    {
        foreach (var (field, value) in fields)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(field, "Required.");
            }
        }
    }

    /// <summary>Refuses the input (a <see cref="CaseValidationException"/>, HTTP 400) when any field has a problem.</summary>
    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new CaseValidationException(this);
        }
    }

    public bool ContainsKey(string key) => _errors.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string[] value) => _errors.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, string[]>> GetEnumerator() => _errors.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
