using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Intake;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Replies;
using GuestLoop.Domain.Sla;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Audit;
using GuestLoop.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Replies;

/// <param name="Kind">complaint, suggestion, praise or request; empty for every kind.</param>
/// <param name="Category">A case category (e.g. hygiene); empty for every category.</param>
/// <param name="Language">zh-CN or en; zh-CN when empty.</param>
public sealed record CannedReplyBody(string? Name, string? Body, string? Language, string? Kind, string? Category, bool? Shared, Guid? PropertyId);

/// <param name="Editable">The caller may change or delete it: its owner, or a service-quality manager for a shared one.</param>
public sealed record CannedReplyJson(Guid Id, string Name, string Body, string Language, CaseKind? Kind, Category? Category, bool Shared,
    Guid? PropertyId, Guid OwnerId, string OwnerName, bool Editable, DateTimeOffset UpdatedAt);

/// <summary>A canned reply filled in for one case, ready to be inserted in its reply.</summary>
public sealed record CannedReplyFilledJson(Guid Id, Guid CaseId, string Name, string Language, string Text);

public sealed class CannedReplyNotFoundException() : DomainException(DomainErrorKind.NotFound, "No such canned reply that you can see.");

public sealed class CannedReplyForbiddenException() : DomainException(DomainErrorKind.Forbidden,
    "Only its owner, or a service-quality manager (authority level 1 or 2) or an administrator for a shared one, changes a canned reply.");

public sealed class CannedReplyValidationException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException(errors, "The canned reply is not valid.");

/// <summary>The canned replies: the one service behind the API, the editor page and the case page's insert menu.</summary>
public sealed class CannedReplies(GuestLoopDbContext db, AuditLog audit, TimeProvider clock, CaseWorkflow workflow,
    IStringLocalizer<SharedResource> localizer)
{
    public static readonly string[] Languages = [GuestLanguage.Chinese, GuestLanguage.English];

    /// <summary>The caller's own replies and the shared ones of their scope; with a kind or category, those offered on such a case.</summary>
    public async Task<IReadOnlyList<CannedReplyJson>> ListAsync(AccessScope scope, CaseKind? kind, Category? category, string? language,
        CancellationToken ct)
    {
        var replies = await db.CannedReplies.AsNoTracking().Where(r => r.OwnerId == scope.StaffId || r.Shared).ToListAsync(ct);
        return replies
            .Where(r => Sees(scope, r) && (kind is null || r.Kind is null || r.Kind == kind)
                && (category is null || r.Category is null || r.Category == category) && (language is null || r.Language == language))
            .OrderBy(r => r.Shared).ThenBy(r => r.Name, StringComparer.CurrentCulture).Select(r => Json(scope, r)).ToList();
    }

    /// <summary>The replies offered on one case: its kind and category, in its property, the guest's language first.</summary>
    public async Task<IReadOnlyList<CannedReplyJson>> ForCaseAsync(Guid caseId, AccessScope scope, CancellationToken ct)
    {
        var c = await workflow.LoadAsync(caseId, scope, ct);
        var guestLanguage = GuestCulture.Of(c);
        return (await ListAsync(scope, c.Kind, c.Category == Category.Unclassified ? null : c.Category, null, ct))
            .Where(r => r.PropertyId is null || r.PropertyId == c.PropertyId)
            .OrderBy(r => r.Language == guestLanguage ? 0 : 1).ToList();
    }

    public async Task<CannedReplyJson> GetAsync(Guid id, AccessScope scope, CancellationToken ct) => Json(scope, await VisibleAsync(id, scope, ct));

    public async Task<CannedReplyJson> CreateAsync(CannedReplyBody body, AccessScope scope, CancellationToken ct)
    {
        var owner = scope.StaffId ?? throw new CannedReplyForbiddenException();
        var reply = new CannedReply { OwnerId = owner, OwnerName = scope.Name, CreatedAt = clock.GetUtcNow() };
        Apply(reply, body, scope);
        db.CannedReplies.Add(reply);
        audit.Append(scope, "cannedReply.create", "cannedReply", reply.Id.ToString(), null, Snapshot(reply));
        await db.SaveChangesAsync(ct);
        return Json(scope, reply);
    }

    public async Task<CannedReplyJson> UpdateAsync(Guid id, CannedReplyBody body, AccessScope scope, CancellationToken ct)
    {
        var reply = await EditableAsync(id, scope, ct);
        var before = Snapshot(reply);
        Apply(reply, body, scope);
        audit.Append(scope, "cannedReply.update", "cannedReply", reply.Id.ToString(), before, Snapshot(reply));
        await db.SaveChangesAsync(ct);
        return Json(scope, reply);
    }

    public async Task DeleteAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var reply = await EditableAsync(id, scope, ct);
        db.CannedReplies.Remove(reply);
        audit.Append(scope, "cannedReply.delete", "cannedReply", reply.Id.ToString(), Snapshot(reply), null);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The reply's text with the case's guest, number, title, next reply deadline, property and the caller's name.</summary>
    public async Task<CannedReplyFilledJson> FillAsync(Guid caseId, Guid id, AccessScope scope, CancellationToken ct)
    {
        var c = await workflow.LoadAsync(caseId, scope, ct);
        var reply = await VisibleAsync(id, scope, ct);
        var property = await db.Properties.AsNoTracking().SingleAsync(p => p.Id == c.PropertyId, ct);
        var deadlines = await workflow.DeadlinesAsync(caseId, ct);
        var due = deadlines.Where(d => d.MetAt is null && d.DueAt is not null)
            .OrderBy(d => d.Stage == SlaStage.Reply ? 0 : 1).ThenBy(d => d.DueAt).Select(d => d.DueAt).FirstOrDefault();
        var zone = property.Zone();
        var values = new Dictionary<string, string?>
        {
            [CannedReplyText.GuestName] = c.Complainant.Name,
            [CannedReplyText.CaseNumber] = c.Number,
            [CannedReplyText.CaseTitle] = c.Title,
            [CannedReplyText.CaseDeadline] = due is { } at ? TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm") : null,
            [CannedReplyText.PropertyName] = property.Name,
            [CannedReplyText.StaffName] = scope.Name,
        };
        var text = GuestCulture.In(reply.Language, () => CannedReplyText.Fill(reply.Body, values,
            name => name == CannedReplyText.GuestName ? localizer["Reply.DefaultGuest"] : localizer["CannedReplies.Unknown"]));
        return new CannedReplyFilledJson(reply.Id, c.Id, reply.Name, reply.Language, text);
    }

    /// <summary>An optional enum value by its name (any case): blank is none, anything else as every API reads an enum.</summary>
    internal static T? Named<T>(string? value, string field, FieldErrors errors) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null : CreateCaseRequest.ParseEnum<T>(field, value.Trim(), errors);

    /// <summary>Levels 1 and 2 (the general manager and the service-quality office) and administrators keep the shared replies.</summary>
    public static bool MayShare(AccessScope scope) =>
        scope.IsAdministrator || scope.Authority is AuthorityLevel.Level1 or AuthorityLevel.Level2;

    /// <summary>One's own, a shared one of a property one sees, and the enterprise's (shared without a property) for everyone.</summary>
    private static bool Sees(AccessScope scope, CannedReply r) =>
        r.OwnerId == scope.StaffId || r.Shared && (r.PropertyId is not { } p || scope.CanSee(p));

    /// <summary>One's own; a shared one, a keeper of shared replies whose scope covers its property (all properties for the enterprise's).</summary>
    private static bool MayEdit(AccessScope scope, CannedReply r) =>
        r.Shared ? MayShare(scope) && (r.PropertyId is { } p ? scope.CanSee(p) : scope.AllProperties) : r.OwnerId == scope.StaffId;

    private static object Snapshot(CannedReply r) => new { r.Name, r.Body, r.Language, r.Kind, r.Category, r.Shared, r.PropertyId };

    private static CannedReplyJson Json(AccessScope scope, CannedReply r) =>
        new(r.Id, r.Name, r.Body, r.Language, r.Kind, r.Category, r.Shared, r.PropertyId, r.OwnerId, r.OwnerName, MayEdit(scope, r), r.UpdatedAt);

    private async Task<CannedReply> VisibleAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var reply = await db.CannedReplies.SingleOrDefaultAsync(r => r.Id == id, ct);
        return reply is not null && Sees(scope, reply) ? reply : throw new CannedReplyNotFoundException();
    }

    private async Task<CannedReply> EditableAsync(Guid id, AccessScope scope, CancellationToken ct)
    {
        var reply = await VisibleAsync(id, scope, ct);
        return MayEdit(scope, reply) ? reply : throw new CannedReplyForbiddenException();
    }

    private void Apply(CannedReply reply, CannedReplyBody body, AccessScope scope)
    {
        var errors = CannedReplyText.Check(body.Name, body.Body);
        var language = string.IsNullOrWhiteSpace(body.Language) ? GuestLanguage.Chinese : body.Language.Trim();
        if (!Languages.Contains(language))
        {
            errors.Add("language", $"One of: {string.Join(", ", Languages)}.");
        }

        var kind = Named<CaseKind>(body.Kind, "kind", errors);
        var category = Named<Category>(body.Category, "category", errors);
        if (category == Category.Unclassified)
        {
            errors.Add("category", "A canned reply is for a category a case is given, not for unclassified cases.");
        }

        var shared = body.Shared ?? false;
        if (shared && !MayShare(scope))
        {
            errors.Add("shared", "Only a service-quality manager (authority level 1 or 2) or an administrator shares a canned reply.");
        }
        else if (shared && body.PropertyId is { } property && !scope.CanSee(property))
        {
            errors.Add("propertyId", "Not a property you can see.");
        }
        else if (shared && body.PropertyId is null && !scope.AllProperties)
        {
            errors.Add("propertyId", "A shared reply names the property it is shared in.");
        }

        if (errors.Any)
        {
            throw new CannedReplyValidationException(errors);
        }

        (reply.Name, reply.Body, reply.Language, reply.Kind, reply.Category, reply.Shared, reply.PropertyId, reply.UpdatedAt) =
            (body.Name!.Trim(), body.Body!.Trim(), language, kind, category, shared, shared ? body.PropertyId : null, clock.GetUtcNow());
    }
}
