using GuestLoop.Domain.Analytics;
using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace GuestLoop.Web.Features.Surveys;

/// <summary>One template's figures in a period: how many were sent and answered, and what each question came to.</summary>
public sealed record SurveyTemplateResultsJson(
    Guid TemplateId,
    Guid PropertyId,
    string PropertyCode,
    string PropertyName,
    Guid? DepartmentId,
    string? DepartmentName,
    SurveyOccasion Occasion,
    string Title,
    int Sent,
    int Answered,
    double? ResponseRate,
    IReadOnlyList<SurveyQuestionResult> Questions);

/// <summary>The satisfaction surveys of a period over the caller's properties: in total and per template.</summary>
public sealed record SurveyResultsJson(DateOnly From, DateOnly To, int Sent, int Answered, double? ResponseRate,
    IReadOnlyList<SurveyTemplateResultsJson> Templates);

/// <summary>
/// Response rate and per-question results of the invitations sent in a period, by property and department, inside the
/// caller's properties: the one query behind the results API, the dashboard and the quarterly report.
/// </summary>
public sealed class SurveyResultsQuery(GuestLoopDbContext db)
{
    public async Task<SurveyResultsJson> RunAsync(AccessScope scope, ReportingPeriod period, Guid? propertyId, Guid? departmentId,
        CancellationToken ct)
    {
        if (propertyId is { } only && !scope.CanSee(only))
        {
            throw new SurveyNotFoundException("Not a property you may see.");
        }

        var ids = scope.PropertyIds.ToList();
        var templates = await db.SurveyTemplates.AsNoTracking()
            .Where(t => scope.AllProperties || ids.Contains(t.PropertyId))
            .Where(t => propertyId == null || t.PropertyId == propertyId)
            .Where(t => departmentId == null || t.DepartmentId == departmentId)
            .Join(db.Properties, t => t.PropertyId, p => p.Id, (t, p) => new { Template = t, p.Code, p.Name })
            .OrderBy(x => x.Code).ThenBy(x => x.Template.Occasion)
            .ToListAsync(ct);
        var templateIds = templates.Select(t => t.Template.Id).ToList();
        var (start, end) = (period.Start, period.End);
        var invitations = await db.SurveyInvitations.AsNoTracking()
            .Where(i => templateIds.Contains(i.TemplateId) && i.SentAt >= start && i.SentAt < end)
            .ToListAsync(ct);
        var departmentIds = templates.Select(t => t.Template.DepartmentId).OfType<Guid>().Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var byTemplate = invitations.ToLookup(i => i.TemplateId);
        var rows = templates.Select(x =>
        {
            var sent = byTemplate[x.Template.Id].ToList();
            var answered = sent.Count(i => i.AnsweredAt is not null);
            return new SurveyTemplateResultsJson(x.Template.Id, x.Template.PropertyId, x.Code, x.Name, x.Template.DepartmentId,
                x.Template.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, x.Template.Occasion, x.Template.Title,
                sent.Count, answered, SurveyResults.ResponseRate(sent.Count, answered),
                SurveyResults.Summarize(x.Template.ToTemplate().Questions, sent.SelectMany(i => i.Answers)));
        }).ToList();
        var (allSent, allAnswered) = (invitations.Count, invitations.Count(i => i.AnsweredAt is not null));
        return new SurveyResultsJson(period.From, period.To, allSent, allAnswered, SurveyResults.ResponseRate(allSent, allAnswered), rows);
    }
}
