using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Cases;

/// <summary>
/// Case numbers read by people: property code, local date, sequence of the day (DEMO-HOTEL-261122-007).
/// The sequence is advanced by one upsert statement, so instances sharing a database never hand out a number twice.
/// </summary>
public sealed class CaseNumbers(GuestLoopDbContext db)
{
    public async Task<string> NextAsync(string propertyCode, DateOnly localDate, CancellationToken ct)
    {
        var name = CounterName(propertyCode, localDate);
        var value = await db.Database
            .SqlQuery<long>($"""
                INSERT INTO number_counters ("Name", "Value") VALUES ({name}, 1)
                ON CONFLICT ("Name") DO UPDATE SET "Value" = number_counters."Value" + 1
                RETURNING "Value"
                """)
            .ToListAsync(ct);
        return Format(propertyCode, localDate, value.Single());
    }

    /// <summary>Takes <paramref name="count"/> consecutive numbers of the day at once (an import); returns the first.</summary>
    public async Task<long> ReserveAsync(string propertyCode, DateOnly localDate, int count, CancellationToken ct)
    {
        var name = CounterName(propertyCode, localDate);
        var value = await db.Database
            .SqlQuery<long>($"""
                INSERT INTO number_counters ("Name", "Value") VALUES ({name}, {(long)count})
                ON CONFLICT ("Name") DO UPDATE SET "Value" = number_counters."Value" + {(long)count}
                RETURNING "Value"
                """)
            .ToListAsync(ct);
        return value.Single() - count + 1;
    }

    public static string CounterName(string propertyCode, DateOnly localDate) => $"case:{propertyCode}:{localDate:yyyyMMdd}";

    public static string Format(string propertyCode, DateOnly localDate, long value) => $"{propertyCode}-{localDate:yyMMdd}-{value:000}";
}
