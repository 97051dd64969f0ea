using System.Data.Common;
using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Tests.Infrastructure;

/// <summary>How SQLite would run a query: the detail lines of its EXPLAIN QUERY PLAN, in order.</summary>
public static class QueryPlans
{
    public static async Task<List<string>> ExplainAsync(this GuestLoopDbContext db, DbCommand command)
    {
        await db.Database.OpenConnectionAsync();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }
}
