using GuestLoop.Web.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GuestLoop.Web.Features.Search;

/// <summary>Brings the search document of every changed case up to date before a save, so it commits with the case.</summary>
public sealed class UpdateSearchDocuments : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is GuestLoopDbContext db)
        {
            CaseSearchIndex.UpdateAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is GuestLoopDbContext db)
        {
            await CaseSearchIndex.UpdateAsync(db, cancellationToken);
        }

        return result;
    }
}
