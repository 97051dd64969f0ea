using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Mail;

public sealed record MailboxRequest(string? Name, string? Property, string? Host, int? Port, string? Tls, string? UserName, string? Password,
    string? Folder, string? Address, bool? Enabled);

public sealed record MailboxJson(Guid Id, string Name, string Property, string Host, int Port, string Tls, string UserName, string Folder,
    string Address, bool Enabled, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastErrorAt, string? LastError, int ConsecutiveFailures,
    DateTimeOffset NextAttemptAt);

/// <summary>Guest mailboxes for administrators: the settings (never the password) and the poll state of each.</summary>
public static class MailboxesApi
{
    private static readonly Dictionary<string, string> Messages = new()
    {
        ["Admin.Error.Required"] = "Required.",
        ["Admin.Error.CodeTaken"] = "That name is taken.",
        ["Mail.Error.Port"] = "A port between 1 and 65535.",
        ["Mail.Error.Address"] = "An e-mail address.",
    };

    public static RouteGroupBuilder MapMailboxesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/mailboxes").WithTags("Mailboxes").RequireAuthorization(AuthSetup.AdminPolicy);
        group.MapGet("/", List).WithName("ListMailboxes");
        group.MapGet("/{id:guid}", Get).WithName("GetMailbox");
        group.MapPost("/", Create).WithName("CreateMailbox").WithSummary("Add a guest mailbox read over IMAP (tls: implicit, starttls or none)");
        group.MapPut("/{id:guid}", Update).WithName("UpdateMailbox").WithSummary("Change a mailbox; a missing password keeps the stored one");
        group.MapPost("/{id:guid}/poll", Poll).WithName("PollMailbox").WithSummary("Read the mailbox now, unless another instance is reading it");
        return api;
    }

    private static async Task<Ok<List<MailboxJson>>> List(MailboxAdmin admin, GuestLoopDbContext db, CancellationToken ct)
    {
        var codes = await Codes(db, ct);
        return TypedResults.Ok((await admin.ListAsync(ct)).Select(m => ToJson(m, codes)).ToList());
    }

    private static async Task<Results<Ok<MailboxJson>, NotFound>> Get(Guid id, MailboxAdmin admin, GuestLoopDbContext db, CancellationToken ct) =>
        await admin.FindAsync(id, ct) is { } box ? TypedResults.Ok(ToJson(box, await Codes(db, ct))) : TypedResults.NotFound();

    private static async Task<Results<Created<MailboxJson>, ValidationProblem>> Create(MailboxRequest request, HttpContext http, MailboxAdmin admin,
        GuestLoopDbContext db, CancellationToken ct)
    {
        var (box, errors) = await admin.SaveAsync(null, await InputAsync(request, db, ct), http.User.ToScope(), ct);
        return box is null ? Invalid(errors, request) : TypedResults.Created($"/api/v1/mailboxes/{box.Id}", ToJson(box, await Codes(db, ct)));
    }

    private static async Task<Results<Ok<MailboxJson>, NotFound, ValidationProblem>> Update(Guid id, MailboxRequest request, HttpContext http,
        MailboxAdmin admin, GuestLoopDbContext db, CancellationToken ct)
    {
        if (await admin.FindAsync(id, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var (box, errors) = await admin.SaveAsync(id, await InputAsync(request, db, ct), http.User.ToScope(), ct);
        return box is null ? Invalid(errors, request) : TypedResults.Ok(ToJson(box, await Codes(db, ct)));
    }

    private static async Task<Results<Ok<MailboxPollResult>, NotFound, Conflict<string>>> Poll(Guid id, MailboxAdmin admin, MailPoll poll, CancellationToken ct)
    {
        if (await admin.FindAsync(id, ct) is not { Enabled: true })
        {
            return TypedResults.NotFound();
        }

        return await poll.PollAsync(id, force: true, ct) is { } result ? TypedResults.Ok(result) : TypedResults.Conflict("Another instance is reading this mailbox.");
    }

    private static async Task<MailboxInput> InputAsync(MailboxRequest r, GuestLoopDbContext db, CancellationToken ct)
    {
        var property = string.IsNullOrWhiteSpace(r.Property) ? null : await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == r.Property, ct);
        return new MailboxInput(r.Name, property?.Id, r.Host, r.Port, ParseTls(r.Tls), r.UserName, r.Password, r.Folder, r.Address, r.Enabled ?? true);
    }

    private static MailTls? ParseTls(string? tls) => tls?.Trim().ToLowerInvariant() switch
    {
        "implicit" => MailTls.Implicit,
        "starttls" => MailTls.StartTls,
        "none" => MailTls.None,
        _ => null,
    };

    private static ValidationProblem Invalid(Dictionary<string, string> errors, MailboxRequest request) =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[]
        {
            e.Key == "tls" && request.Tls is not null ? "One of implicit|starttls|none." : Messages.GetValueOrDefault(e.Value, "Invalid."),
        }));

    private static async Task<Dictionary<Guid, string>> Codes(GuestLoopDbContext db, CancellationToken ct) =>
        await db.Properties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, ct);

    public static MailboxJson ToJson(Mailbox m, IReadOnlyDictionary<Guid, string> codes) =>
        new(m.Id, m.Name, codes.GetValueOrDefault(m.PropertyId, "?"), m.Host, m.Port, m.Tls.ToString().ToLowerInvariant(), m.UserName, m.Folder,
            m.Address, m.Enabled, m.LastSuccessAt, m.LastErrorAt, m.LastError, m.ConsecutiveFailures, m.NextAttemptAt);
}
