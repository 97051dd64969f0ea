using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Intake;

namespace GuestLoop.Web.Features.Intake;

/// <summary>A bad row: its line in the file and every reason it cannot be imported.</summary>
public sealed record ImportRowError(int Line, IReadOnlyList<string> Reasons);

/// <summary>A row ready to become a case, with the key that keeps it from being imported twice.</summary>
public sealed record ImportCandidate(int Line, string Key, NewCase Case);

/// <summary>The outcome of checking every row of a file: the cases to create, the rows already imported, the bad rows.</summary>
public sealed record ImportCheck(int Total, IReadOnlyList<ImportCandidate> ToCreate, int Duplicates, IReadOnlyList<ImportRowError> Errors)
{
    public static ImportCheck Run(TabularFile file, ImportMapping mapping, Guid propertyId, ISet<string> alreadyImported, DateTimeOffset now)
    {
        var toCreate = new List<ImportCandidate>();
        var errors = new List<ImportRowError>();
        var seen = new HashSet<string>(alreadyImported);
        var duplicates = 0;
        foreach (var (line, cells) in file.Rows)
        {
            var row = mapping.Row(line, file.Headers, cells);
            var (newCase, reasons) = row.ToNewCase(propertyId, now);
            if (newCase is null)
            {
                errors.Add(new ImportRowError(line, reasons));
            }
            else if (!seen.Add(row.DedupeKey()))
            {
                duplicates++;
            }
            else
            {
                toCreate.Add(new ImportCandidate(line, row.DedupeKey(), newCase));
            }
        }

        return new ImportCheck(file.Rows.Count, toCreate, duplicates, errors);
    }

    /// <summary>Every key the file would use, to look up which were imported before.</summary>
    public static IReadOnlyList<string> Keys(TabularFile file, ImportMapping mapping) =>
        file.Rows.Select(r => mapping.Row(r.Line, file.Headers, r.Cells).DedupeKey()).Distinct().ToList();
}
