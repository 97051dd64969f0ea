using GuestLoop.Domain;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Features.Account;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GuestLoop.Web.Features.Cases;

/// <summary>The lifecycle steps as POST /api/v1/cases/{id}/{step}; each answers the case as it now is.</summary>
public static class CaseTransitionsApi
{
    public static void MapCaseTransitions(this RouteGroupBuilder cases)
    {
        Step<TriageBody>(cases, "triage", "Classify, assess and route (received → triaged)", (c, a, now, b) =>
        {
            var errors = new FieldErrors();
            var category = CreateCaseRequest.ParseEnum<Category>("category", b.Category, errors);
            var severity = CreateCaseRequest.ParseEnum<Severity>("severity", b.Severity, errors);
            var obj = b.Object is null ? null : CreateCaseRequest.ParseEnum<CaseObject>("object", b.Object, errors);
            errors.ThrowIfAny();
            c.Triage(a, now, category!.Value, severity!.Value, obj, b.Assessment ?? Assessment.Default, b.BusinessMatter ?? false, b.Reason);
        });
        Step<EmptyBody>(cases, "start-investigation", "Start the investigation (调查核实)", (c, a, now, _) => c.StartInvestigation(a, now));
        Step<TextBody>(cases, "findings", "Record a finding of the investigation before the plan (初步调查); meets the initial-investigation deadline",
            (c, a, now, b) => c.RecordFinding(a, now, b.Text ?? string.Empty));
        Step<ProposePlanBody>(cases, "propose-plan", "Record findings, responsibility and the proposed plan", (c, a, now, b) =>
        {
            if (b.Responsibility is null)
            {
                throw CaseValidationException.For("responsibility", "The responsibility determination is required.");
            }

            c.ProposePlan(a, now, b.Findings ?? string.Empty, b.Responsibility, b.Plan ?? string.Empty);
        });
        Step<NoteBody>(cases, "approve-plan", "Approve the plan at the case's authority level", (c, a, now, b) => c.ApprovePlan(a, now, b.Note));
        Step<ReasonBody>(cases, "reject-plan", "Send the plan back to investigation", (c, a, now, b) => c.RejectPlan(a, now, b.Reason ?? string.Empty));
        Step<NoteBody>(cases, "start-execution", "Start carrying out the plan", (c, a, now, b) => c.StartExecution(a, now, b.Note));
        Step<TextBody>(cases, "reply", "Send the written reply to the guest", (c, a, now, b) => c.Reply(a, now, b.Text ?? string.Empty));
        Step<InterimReplyBody>(cases, "interim-reply", "Tell the guest the reason and the expected date", (c, a, now, b) =>
            c.InterimReply(a, now, b.Text ?? string.Empty, b.ExpectedBy ?? throw CaseValidationException.For("expectedBy", "The expected date is required.")));
        Step<FollowUpBody>(cases, "follow-up", "Record the follow-up visit; unsatisfied reopens the case", (c, a, now, b) =>
            c.RecordFollowUp(a, now, new FollowUpRecord(b.Way ?? string.Empty, b.Satisfaction ?? 0, b.Note)));
        Step<SummaryBody>(cases, "close", "Close the case", (c, a, now, b) => c.Close(a, now, b.Summary));
        Step<ReasonBody>(cases, "reopen", "Reopen the case", (c, a, now, b) => c.Reopen(a, now, b.Reason ?? string.Empty));
        Step<ReasonBody>(cases, "pause", "Wait for the guest or a third party (stops the clock)", (c, a, now, b) => c.Pause(a, now, b.Reason ?? string.Empty));
        Step<EmptyBody>(cases, "resume", "Resume the clock", (c, a, now, _) => c.Resume(a, now));
        Step<AssignBody>(cases, "assign", "Assign to a department and/or a person", (c, a, now, b) => c.Assign(a, now, b.DepartmentId, b.AssigneeId, null));
        Step<TextBody>(cases, "notes", "Add an internal note", (c, a, now, b) => c.AddNote(a, now, b.Text ?? string.Empty));
    }

    private static void Step<TBody>(RouteGroupBuilder cases, string name, string summary, Action<Case, Actor, DateTimeOffset, TBody> apply)
        where TBody : class
    {
        cases.MapPost($"/{{id:guid}}/{name}", async Task<Ok<CaseJson>> (Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] TBody? body, HttpContext http, CaseWorkflow workflow,
                CaseReader reader, CancellationToken ct) =>
            {
                var scope = http.User.ToScope();
                var c = await workflow.PerformAsync(id, scope, (c, actor, now) => apply(c, actor, now, body ?? Empty<TBody>()), ct);
                return TypedResults.Ok(await reader.ToJsonAsync(c, scope, withHistory: true, ct));
            })
            .WithName("Case" + string.Concat(name.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])))
            .WithSummary(summary)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static T Empty<T>() => JsonSerializer.Deserialize<T>("{}", JsonSerializerOptions.Web)!;
}

public sealed record EmptyBody;
public sealed record NoteBody(string? Note);
public sealed record ReasonBody(string? Reason);
public sealed record TextBody(string? Text);
public sealed record SummaryBody(string? Summary);
public sealed record InterimReplyBody(string? Text, DateOnly? ExpectedBy);
public sealed record FollowUpBody(string? Way, int? Satisfaction, string? Note);
public sealed record AssignBody(Guid? DepartmentId, Guid? AssigneeId);
/// <param name="Reason">Required when the triage lowers the severity or the authority the case needs (then only that authority may).</param>
public sealed record TriageBody(string? Category, string? Severity, string? Object, Assessment? Assessment, bool? BusinessMatter, string? Reason = null);
public sealed record ProposePlanBody(string? Findings, ResponsibilityDetermination? Responsibility, string? Plan);
