using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GuestLoop.Web.Features.Customers;

/// <summary>Fills the keyed-hash columns of guests and complainants before every save, before the search document is built.</summary>
public sealed class StampSensitiveColumns : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is GuestLoopDbContext db)
        {
            SensitiveColumns.Stamp(db.ChangeTracker, db.Sensitive);
        }
    }
}
