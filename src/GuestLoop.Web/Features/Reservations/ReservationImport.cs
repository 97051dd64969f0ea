using System.Globalization;
using GuestLoop.Domain;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Intake;

namespace GuestLoop.Web.Features.Reservations;

public sealed record ReservationImportError(int Line, string Message);

public sealed record ReservationImportResult(int Rows, int Created, int AlreadyKnown, IReadOnlyList<ReservationImportError> Errors);

/// <summary>
/// Arrivals from a property-management system's export (CSV or xlsx, read like case imports), so a hotel with a PMS gets
/// allocation hints, special-needs alerts and the guest's history at the desk without typing them again. Each row goes
/// through <see cref="ReservationBook"/> as a reservation made on the API would, with the PMS's number as its external
/// reference: a row imported twice is kept once, and a row that breaks a rule is reported by line without stopping the
/// others. Columns: reference, roomType, ratePlan, arrival, departure, name, phone, email, adults, children, accessible, notes.
/// </summary>
public sealed class ReservationImport(ReservationBook book)
{
    public const int MaxRows = 5_000;

    public async Task<ReservationImportResult> ImportAsync(AccessScope scope, string property, string fileName, byte[] content, CancellationToken ct)
    {
        var file = TabularFile.Read(fileName, content)
                   ?? throw new ReservationImportException(FieldErrors.For("file", "Not a CSV or xlsx file with a header row."));
        if (file.Rows.Count > MaxRows)
        {
            throw new ReservationImportException(FieldErrors.For("file", $"At most {MaxRows:N0} rows in one file."));
        }

        var headers = file.Headers.Select(h => h.Trim()).ToList();
        if (!headers.Contains("reference", StringComparer.OrdinalIgnoreCase))
        {
            throw new ReservationImportException(FieldErrors.For("file", "A 'reference' column (the PMS's reservation number) is required."));
        }

        var errors = new List<ReservationImportError>();
        var (created, known) = (0, 0);
        foreach (var (line, cells) in file.Rows)
        {
            string? Cell(string name)
            {
                var i = headers.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
                return i >= 0 && i < cells.Length && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i].Trim() : null;
            }

            if (Cell("reference") is null)
            {
                errors.Add(new(line, "reference: required."));
                continue;
            }

            var request = new ReservationRequest(property, Cell("roomType"), Cell("ratePlan"), Date(Cell("arrival")), Date(Cell("departure")),
                Number(Cell("adults")) ?? 1, Number(Cell("children")) ?? 0, null, null, Cell("name"), Cell("phone"), Cell("email"),
                Cell("accessible") is { } a && (a.Equals("true", StringComparison.OrdinalIgnoreCase) || a is "1" or "是" or "Y" or "y"), Cell("notes"),
                Cell("reference"), true);
            try
            {
                var (_, isNew) = await book.CreateAsync(request, scope, ct, confirmToGuest: false);
                (created, known) = isNew ? (created + 1, known) : (created, known + 1);
            }
            catch (DomainException e) when (e.Kind is DomainErrorKind.Invalid or DomainErrorKind.Conflict)
            {
                errors.Add(new(line, e.Kind == DomainErrorKind.Invalid
                    ? string.Join(" ", e.Errors.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}"))
                    : e.Message));
            }
        }

        return new ReservationImportResult(file.Rows.Count, created, known, errors);
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static int? Number(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>The file itself is refused (HTTP 400); nothing was imported.</summary>
public sealed class ReservationImportException(IReadOnlyDictionary<string, string[]> errors) : DomainException(errors, "The file is not a reservations export.");
