using System.Globalization;
using System.Text;
using GuestLoop.Domain.Cases;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cases;

/// <summary>Any case list as CSV (UTF-8 with a byte-order mark for Excel), streamed row by row in the caller's scope.</summary>
public static class CaseListCsv
{
    public const int MaxRows = 1_000_000;

    public static async Task WriteAsync(Stream body, AccessScope scope, CaseFilter filter, CaseReader reader, GuestLoopDbContext db, CancellationToken ct)
    {
        var properties = await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        filter = await reader.WithPropertyIdAsync(filter, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        await writer.WriteAsync(Line("number", "receivedAt", "property", "kind", "channel", "category", "severity", "status", "department",
            "title", "reopenCount", "closedAt"));
        var rows = reader.Query(scope, filter).OrderByDescending(c => c.ReceivedAt).Take(MaxRows)
            .Select(c => new { c.Number, c.ReceivedAt, c.PropertyId, c.Kind, c.Channel, c.Category, c.Severity, c.Status, c.DepartmentId, c.Title, c.ReopenCount, c.ClosedAt })
            .AsAsyncEnumerable();
        await foreach (var c in rows.WithCancellation(ct))
        {
            await writer.WriteAsync(Line(c.Number, Instant(c.ReceivedAt), properties.GetValueOrDefault(c.PropertyId), Key(c.Kind), Key(c.Channel),
                Key(c.Category), Key(c.Severity), Key(c.Status), c.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, c.Title,
                c.ReopenCount.ToString(CultureInfo.InvariantCulture), c.ClosedAt is { } closed ? Instant(closed) : null));
        }
    }

    private static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Key<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Line(params string?[] fields) => string.Join(',', fields.Select(Escape)) + "\r\n";

    // Quotes what needs it and defuses leading formula characters, so a spreadsheet shows text.
    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
