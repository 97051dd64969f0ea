using System.Globalization;
using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Data;
using GuestLoop.Domain.Sla;
using GuestLoop.Domain.Supervision;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Intake;
using GuestLoop.Web.Features.Compensation;
using GuestLoop.Web.Features.Supervision;
using GuestLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Public;

/// <summary>The guest's pages: submit feedback at /feedback, follow it at /track/{token}. Static server rendering, no sign-in.</summary>
public static class PublicEndpoints
{
    public static void MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        var limits = app.ServiceProvider.GetRequiredService<FeedbackLimits>();
        var pages = app.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("/feedback", Feedback);
        pages.MapPost("/feedback", Submit).WithBodyLimit(limits.MaxTotalBytes + BodyLimits.FormOverhead).RequireRateLimiting(GuestRateLimits.Policy);
        pages.MapGet("/track/{token}", Track);
        pages.MapPost("/track/{token}/report", Report).RequireRateLimiting(GuestRateLimits.Policy);
        pages.MapPost("/track/{token}/compensations/{id:guid}/accept", AcceptCompensation).RequireRateLimiting(GuestRateLimits.Policy);
    }

    /// <summary>
    /// The form for the property the link names; without one, a choice of properties; with a code no property has, a 404
    /// naming it, never another property's form in its place.
    /// </summary>
    private static async Task<IResult> Feedback(string? property, GuestLoopDbContext db, EvidenceStore store, FeedbackLimits limits, CancellationToken ct)
    {
        var code = property?.Trim();
        if (!string.IsNullOrEmpty(code) && await db.Properties.AsNoTracking().AnyAsync(p => p.Code == code && !p.PublicFeedbackClosed, ct))
        {
            return await Page(db, store, limits, new FeedbackForm { Property = code }, FieldErrors.None, ct);
        }

        var properties = await db.Properties.AsNoTracking().Where(p => !p.PublicFeedbackClosed).OrderBy(p => p.Code)
            .Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        return new RazorComponentResult<FeedbackPropertiesPage>(new
        {
            Properties = properties.Select(p => (p.Code, p.Name)).ToList(),
            UnknownCode = string.IsNullOrEmpty(code) ? null : code,
        })
        { StatusCode = string.IsNullOrEmpty(code) ? StatusCodes.Status200OK : StatusCodes.Status404NotFound };
    }

    private static async Task<RazorComponentResult<FeedbackPage>> Page(GuestLoopDbContext db, EvidenceStore store, FeedbackLimits limits, FeedbackForm form,
        IReadOnlyDictionary<string, string[]> errors, CancellationToken ct, int? status = null)
    {
        var properties = await db.Properties.AsNoTracking().Where(p => !p.PublicFeedbackClosed).OrderBy(p => p.Code)
            .Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        return new RazorComponentResult<FeedbackPage>(new
        {
            Properties = properties.Select(p => (p.Code, p.Name)).ToList(),
            Form = form,
            Errors = errors,
            MaxFileMb = store.MaxBytes / 1024 / 1024,
            MaxFiles = limits.MaxFiles,
            MaxTotalMb = limits.MaxTotalBytes / 1024 / 1024,
        })
        { StatusCode = status ?? (errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK) };
    }

    private static async Task<IResult> Submit(HttpContext http, GuestLoopDbContext db, ReceiveCase receive, EvidenceStore store,
        FeedbackLimits limits, PropertyLimiter propertyLimiter, IAntiforgery antiforgery, CancellationToken ct)
    {
        IFormCollection posted;
        try
        {
            // The antiforgery check reads the form, so a body over the limit fails here, before anything is stored.
            if (await AntiforgeryCheck.RefusedAsync(http, antiforgery) is { } expired)
            {
                return expired;
            }

            posted = await http.Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (BodyLimits.IsTooLarge(e))
        {
            return await Page(db, store, limits, new FeedbackForm { Property = http.Request.Query["property"] },
                FieldErrors.For("size", e.GetBaseException().Message), ct, StatusCodes.Status413PayloadTooLarge);
        }

        var form = FeedbackForm.From(posted);
        if (!string.IsNullOrEmpty(form.Website))
        {
            return Results.BadRequest();
        }

        var errors = new FieldErrors();
        var property = await db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == form.Property && !p.PublicFeedbackClosed, ct);
        if (property is null)
        {
            errors.Add("property", "unknown");
        }
        else if (propertyLimiter.Refuse(http, property.Id.ToString()) is { } refused)
        {
            return refused;
        }

        var kind = CreateCaseRequest.ParseEnum<CaseKind>("kind", form.Kind, errors);
        if (kind is { } k && !FeedbackForm.PublicKinds.Contains(k))
        {
            errors.Add("kind", "not public");
        }

        DateTimeOffset? occurred = null;
        if (!string.IsNullOrWhiteSpace(form.OccurredAt))
        {
            if (DateTime.TryParse(form.OccurredAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && property is not null)
            {
                occurred = new DateTimeOffset(local, CaseWorkflow.FindZone(property.TimeZoneId).GetUtcOffset(local));
            }
            else
            {
                errors.Add("occurredAt", "not a date");
            }
        }

        var files = posted.Files.GetFiles("files").Where(f => f.Length > 0).ToList();
        if (files.Count > limits.MaxFiles)
        {
            errors.Add("files", $"≤ {limits.MaxFiles}");
        }
        else if (files.Sum(f => f.Length) > limits.MaxTotalBytes)
        {
            errors.Add("files", $"≤ {limits.MaxTotalBytes / 1024 / 1024} MB");
        }

        var newCase = new NewCase(property?.Id ?? Guid.Empty, kind ?? CaseKind.Complaint, Channel.Web, form.Title ?? "", form.Description ?? "",
            new Complainant(Clean(form.Name), Clean(form.Phone), Clean(form.Email)), Clean(form.Demands), Clean(form.Place), occurred,
            PraisedNames: kind == CaseKind.Praise ? Clean(form.PraisedNames) : null);
        foreach (var (field, messages) in newCase.Validate(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()))
        {
            // The form's fields are the complainant's own: phone, not customer.phone.
            errors.Add(field.StartsWith("customer.", StringComparison.Ordinal) ? field["customer.".Length..] : field, messages);
        }

        if (errors.Any || property is null)
        {
            return await Page(db, store, limits, form, errors, ct);
        }

        var evidence = new List<CaseEvidence>();
        try
        {
            foreach (var file in files)
            {
                var (saved, problem) = await CaseEvidenceEndpoints.SaveAsync(store, file, Actor.Guest(form.Name).Name, fromGuest: true, ct);
                if (problem is not null)
                {
                    errors.Add("files", $"{file.FileName}: {problem.ProblemDetails.Detail}");
                    evidence.ForEach(e => store.Delete(e.StorageKey));
                    return await Page(db, store, limits, form, errors, ct);
                }

                evidence.Add(saved!);
            }

            var guest = Actor.Guest(form.Name);
            var created = (await receive.ReceiveAsync(new CaseIntake(newCase, property, guest) { Evidence = evidence }, ct)).Case;
            return Results.Redirect($"/track/{created.TrackingToken}?new=1");
        }
        catch
        {
            evidence.ForEach(e => store.Delete(e.StorageKey));
            throw;
        }
    }

    /// <summary>A guest reports mishandling or delay of their case to the supervision office, anonymously if they tick the box.</summary>
    private static async Task<IResult> Report(string token, HttpContext http, SupervisionReports reports, GuestLoopDbContext db,
        PropertyLimiter propertyLimiter, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (await AntiforgeryCheck.RefusedAsync(http, antiforgery) is { } expired)
        {
            return expired;
        }

        var propertyId = await db.Cases.Where(c => c.TrackingToken == token).Select(c => (Guid?)c.PropertyId).SingleOrDefaultAsync(ct);
        if (propertyId is not null && propertyLimiter.Refuse(http, propertyId.Value.ToString()) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(ct);
        var errors = new FieldErrors();
        var kind = CreateCaseRequest.ParseEnum<ReportKind>("kind", form["kind"].ToString() is { Length: > 0 } k ? k : "mishandling", errors);
        var text = form["text"].ToString();
        SupervisionReports.ValidateText(text, errors);
        if (errors.Any)
        {
            return Results.ValidationProblem(errors);
        }

        var anonymous = form["anonymous"].ToString() is "true" or "on";
        var report = await reports.FileByGuestAsync(token, kind!.Value, text, anonymous, form["name"], form["contact"], ct);
        return report is null ? Results.NotFound() : Results.Redirect($"/track/{token}?reported=1");
    }

    private static async Task<IResult> AcceptCompensation(string token, Guid id, HttpContext http, CaseCompensations compensations,
        IAntiforgery antiforgery, CancellationToken ct)
    {
        if (await AntiforgeryCheck.RefusedAsync(http, antiforgery) is { } expired)
        {
            return expired;
        }

        var form = await http.Request.ReadFormAsync(ct);
        if (form["agree"].ToString() is not ("true" or "on"))
        {
            return Results.ValidationProblem(FieldErrors.For("agree", "Tick the box to accept the agreement."));
        }

        await compensations.AcceptByGuestAsync(token, id, form["acceptedBy"], ct);
        return Results.Redirect($"/track/{token}#compensation");
    }

    private static async Task<RazorComponentResult<TrackPage>> Track(string token, string? @new, string? reported, HttpContext http, GuestLoopDbContext db,
        CaseCompensations compensations, TimeProvider clock, CancellationToken ct)
    {
        var found = token.Length is > 16 and < 64
            ? await db.Cases.AsNoTracking().Include(c => c.History).Include(c => c.Replies).Include(c => c.Pauses).AsSplitQuery()
                .SingleOrDefaultAsync(c => c.TrackingToken == token, ct)
            : null;
        var property = found is null ? null : await db.Properties.AsNoTracking().SingleAsync(p => p.Id == found.PropertyId, ct);
        var survey = found is null
            ? null
            : await db.Surveys.AsNoTracking().Where(s => s.CaseId == found.Id).OrderByDescending(s => s.Cycle).FirstOrDefaultAsync(ct);
        // When the guest hears back, by the property's policy: the first of its deadlines that reaches the guest, in this order.
        SlaStage[] towardsGuest = [SlaStage.Reply, SlaStage.Response, SlaStage.InitialInvestigation, SlaStage.Investigation, SlaStage.Resolution];
        var answerBy = found is null ? null : (await db.CaseDeadlines.AsNoTracking()
                .Where(d => d.CaseId == found.Id && d.MetAt == null && d.DueAt != null && towardsGuest.Contains(d.Stage))
                .Select(d => new { d.Stage, d.DueAt }).ToListAsync(ct))
            .OrderBy(d => Array.IndexOf(towardsGuest, d.Stage)).Select(d => d.DueAt).FirstOrDefault();
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        return new RazorComponentResult<TrackPage>(new
        {
            Token = token,
            Case = found,
            PropertyName = property?.Name ?? "",
            Zone = CaseWorkflow.FindZone(property?.TimeZoneId ?? "UTC"),
            JustSubmitted = @new is "1" or "true",
            AnswerBy = answerBy,
            Reported = reported is "1",
            LinkUrl = TrackingLink.Under($"{http.Request.Scheme}://{http.Request.Host}", token),
            Survey = survey,
            SurveyState = survey?.StateAt(clock.GetUtcNow()),
            Compensations = found is null ? [] : await compensations.ForGuestAsync(found.Id, ct),
        })
        { StatusCode = found is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK };
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
