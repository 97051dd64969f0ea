using GuestLoop.Domain;
using GuestLoop.Domain.WorkOrders;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.WorkOrders;

/// <summary>The lost-and-found register of the properties the caller sees: registered, moved, matched to a guest, returned, discarded.</summary>
public sealed class LostItems(GuestLoopDbContext db, TimeProvider clock, AuditLog audit, GuestDirectory guests)
{
    /// <summary>How long an item is kept when the registration does not say.</summary>
    public const int DefaultRetentionDays = 90;

    public IQueryable<LostItem> Visible(AccessScope scope) => db.LostItems.InScope(scope, i => i.PropertyId);

    public async Task<IReadOnlyList<LostItemJson>> ListAsync(AccessScope scope, LostItemState? state, string? text, CancellationToken ct)
    {
        var query = Visible(scope).AsNoTracking();
        if (state is { } s)
        {
            query = query.Where(i => i.State == s);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = text.Trim();
            query = query.Where(i => i.Description.Contains(t) || i.FoundAt.Contains(t) || i.StoredAt.Contains(t));
        }

        var now = clock.GetUtcNow();
        return (await query.OrderByDescending(i => i.FoundOn).Take(500).ToListAsync(ct)).Select(i => LostItemJson.From(i, now)).ToList();
    }

    public async Task<LostItem> LoadAsync(Guid id, AccessScope scope, CancellationToken ct) =>
        await Visible(scope).SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw new WorkOrderNotFoundException();

    public async Task<LostItem> RegisterAsync(RegisterLostItemRequest request, AccessScope scope, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var property = await PropertyChoice.RequireAsync(db, request.Property, scope, errors, ct);
        var retentionDays = request.RetentionDays ?? DefaultRetentionDays;
        if (retentionDays is < 1 or > 3650)
        {
            errors.Add("retentionDays", "From 1 day to 10 years.");
            retentionDays = DefaultRetentionDays;
        }

        var now = clock.GetUtcNow();
        LostItem? item = null;
        try
        {
            item = LostItem.Register(property?.Id ?? Guid.Empty, scope.Actor, now, request.Description ?? string.Empty, request.FoundAt ?? string.Empty,
                request.FoundOn ?? now, request.StoredAt ?? string.Empty, TimeSpan.FromDays(retentionDays));
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.Invalid)
        {
            errors.Add(e.Errors);
        }

        errors.ThrowIfAny();
        db.LostItems.Add(item!);
        audit.Append(scope, "lost-item.register", "lost-item", item!.Id.ToString(), null, new { item.Description, item.FoundAt, item.StoredAt, item.KeepUntil });
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<LostItem> StepAsync(Guid id, string step, AccessScope scope, Func<LostItem, DateTimeOffset, Task> apply, CancellationToken ct)
    {
        var item = await LoadAsync(id, scope, ct);
        var before = new { item.State, item.StoredAt, item.GuestId };
        await apply(item, clock.GetUtcNow());
        audit.Append(scope, "lost-item." + step, "lost-item", item.Id.ToString(), before, new { item.State, item.StoredAt, item.GuestId });
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>Matches the item to a guest the caller may see.</summary>
    public Task<LostItem> MatchAsync(Guid id, Guid? guestId, AccessScope scope, CancellationToken ct) =>
        StepAsync(id, "match", scope, async (item, now) =>
        {
            if (guestId is not { } g || !await guests.Visible(scope).AnyAsync(x => x.Id == g, ct))
            {
                FieldErrors.For("guestId", "Unknown guest.").ThrowIfAny();
                return;
            }

            item.Match(scope.Actor, now, g);
        }, ct);
}

public sealed record LostItemEntryJson(DateTimeOffset At, string By, string What);

public sealed record LostItemJson(Guid Id, Guid PropertyId, string Description, string FoundAt, DateTimeOffset FoundOn, string StoredAt,
    DateTimeOffset KeepUntil, bool MayDiscard, LostItemState State, Guid? GuestId, IReadOnlyList<LostItemEntryJson> Entries,
    IReadOnlyList<PhotoJson> Photos)
{
    public static LostItemJson From(LostItem i, DateTimeOffset now) => new(i.Id, i.PropertyId, i.Description, i.FoundAt, i.FoundOn, i.StoredAt,
        i.KeepUntil, i.State == LostItemState.Stored && now >= i.KeepUntil, i.State, i.GuestId,
        i.Entries.Select(e => new LostItemEntryJson(e.At, e.By, e.What)).ToList(), PhotoJson.List(i.Photos, $"/api/v1/lost-items/{i.Id}/photos"));
}

/// <summary>The body of POST /api/v1/lost-items; <c>foundOn</c> defaults to now, <c>retentionDays</c> to 90.</summary>
public sealed record RegisterLostItemRequest(string? Property, string? Description, string? FoundAt, DateTimeOffset? FoundOn, string? StoredAt,
    int? RetentionDays);

public sealed record LostItemMoveBody(string? StoredAt);

public sealed record LostItemMatchBody(Guid? GuestId);

public sealed record LostItemReturnBody(string? ReceivedBy);

public sealed record LostItemDiscardBody(string? How);
