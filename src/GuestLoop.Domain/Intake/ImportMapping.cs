namespace GuestLoop.Domain.Intake;

/// <summary>Which file column fills which case field; a title and a description are needed for a case.</summary>
public sealed record ImportMapping(IReadOnlyDictionary<string, ImportField> Columns)
{
    /// <summary>Problems with the mapping against the file's header row; empty when it can be used.</summary>
    public IReadOnlyList<string> Check(IReadOnlyList<string> headers)
    {
        var errors = new List<string>();
        foreach (var column in Columns.Keys.Where(c => !headers.Contains(c, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add($"The file has no column '{column}'.");
        }

        foreach (var field in Columns.Values.GroupBy(f => f).Where(g => g.Count() > 1))
        {
            errors.Add($"More than one column is mapped to {field.Key}.");
        }

        foreach (var needed in new[] { ImportField.Title, ImportField.Description }.Where(f => !Columns.Values.Contains(f)))
        {
            errors.Add($"No column is mapped to {needed}.");
        }

        return errors;
    }

    /// <summary>The row's mapped values, by field.</summary>
    public ImportRow Row(int line, IReadOnlyList<string> headers, IReadOnlyList<string> cells)
    {
        var values = new Dictionary<ImportField, string>();
        for (var i = 0; i < headers.Count && i < cells.Count; i++)
        {
            if (Columns.FirstOrDefault(c => string.Equals(c.Key, headers[i], StringComparison.OrdinalIgnoreCase)) is { Key: not null } hit)
            {
                values[hit.Value] = cells[i];
            }
        }

        return new ImportRow(line, values);
    }
}
