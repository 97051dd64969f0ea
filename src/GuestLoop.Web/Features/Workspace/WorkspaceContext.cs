using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Organisation;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Workspace;

/// <summary>
/// What a workspace circuit needs: who the user is, and a fresh service scope (so a fresh DbContext) for
/// each operation — a circuit lives for hours, a DbContext should not.
/// </summary>
public sealed class WorkspaceContext(AuthenticationStateProvider auth, IServiceScopeFactory scopes)
{
    private Lookups? _lookups;

    public async Task<AccessScope> ScopeAsync() => (await auth.GetAuthenticationStateAsync()).User.ToScope();

    public async Task<T> RunAsync<T>(Func<IServiceProvider, AccessScope, Task<T>> work)
    {
        var access = await ScopeAsync();
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider, access);
    }

    /// <summary>Properties, departments and staff for names and pickers, limited to what the user may see.</summary>
    public async Task<Lookups> LookupsAsync(bool refresh = false)
    {
        if (_lookups is not null && !refresh)
        {
            return _lookups;
        }

        _lookups = await RunAsync(async (sp, access) =>
        {
            var db = sp.GetRequiredService<GuestLoopDbContext>();
            var properties = (await db.Properties.AsNoTracking().OrderBy(p => p.Code).ToListAsync())
                .Where(p => access.CanSee(p.Id)).ToList();
            var ids = properties.Select(p => p.Id).ToHashSet();
            var departments = (await db.Departments.AsNoTracking().OrderBy(d => d.Name).ToListAsync())
                .Where(d => d.PropertyId is null || ids.Contains(d.PropertyId.Value)).ToList();
            var staff = (await db.Staff.AsNoTracking().Where(s => s.Active).OrderBy(s => s.DisplayName).ToListAsync())
                .Where(s => s.AllProperties || s.PropertyIds.Any(ids.Contains)).ToList();
            return new Lookups(properties, departments, staff);
        });
        return _lookups;
    }
}

public sealed record Lookups(IReadOnlyList<Property> Properties, IReadOnlyList<Department> Departments, IReadOnlyList<StaffMember> Staff)
{
    public string PropertyName(Guid id) => Properties.FirstOrDefault(p => p.Id == id)?.Name ?? "—";
    public Property? Property(Guid id) => Properties.FirstOrDefault(p => p.Id == id);
    public string DepartmentName(Guid? id) => id is null ? "—" : Departments.FirstOrDefault(d => d.Id == id)?.Name ?? "—";
    public string StaffName(Guid? id) => id is null ? "—" : Staff.FirstOrDefault(s => s.Id == id)?.DisplayName ?? "—";
}
