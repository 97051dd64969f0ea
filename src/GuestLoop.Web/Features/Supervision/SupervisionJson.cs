using GuestLoop.Domain.Supervision;

namespace GuestLoop.Web.Features.Supervision;

public sealed record AuditCheckJson(bool? Pass, string? Note);

public sealed record AuditEntryJson(
    Guid Id, Guid CaseId, string CaseNumber, AuditCheckJson Timeliness, AuditCheckJson Responsibility, AuditCheckJson ReplyQuality,
    AuditCheckJson Satisfaction, DateTimeOffset? AuditedAt, string? Auditor, DateTimeOffset? SentBackAt, string? SentBackReason)
{
    public static AuditEntryJson From(AuditSampleEntry e) => new(e.Id, e.CaseId, e.CaseNumber,
        new(e.TimelinessPass, e.TimelinessNote), new(e.ResponsibilityPass, e.ResponsibilityNote), new(e.ReplyQualityPass, e.ReplyQualityNote),
        new(e.SatisfactionPass, e.SatisfactionNote), e.AuditedAt, e.AuditorName, e.SentBackAt, e.SentBackReason);
}

public sealed record AuditSampleJson(string Property, string Month, string? Seed, decimal? Share, IReadOnlyList<AuditEntryJson> Cases)
{
    public static AuditSampleJson From(string property, int year, int month, IReadOnlyList<AuditSampleEntry> entries) =>
        new(property, $"{year:D4}-{month:D2}", entries.FirstOrDefault()?.Seed, entries.FirstOrDefault()?.Share,
            entries.OrderBy(e => e.CaseNumber).Select(AuditEntryJson.From).ToList());
}

public sealed record DrawSampleBody(string? Property, string? Month, decimal? Share);

public sealed record RecordAuditBody(AuditCheckJson? Timeliness, AuditCheckJson? Responsibility, AuditCheckJson? ReplyQuality, AuditCheckJson? Satisfaction)
{
    public IReadOnlyList<AuditCheckResult> Results()
    {
        var results = new List<AuditCheckResult>();
        void Add(AuditCheck check, AuditCheckJson? json)
        {
            if (json?.Pass is { } pass)
            {
                results.Add(new AuditCheckResult(check, pass, json.Note));
            }
        }

        Add(AuditCheck.Timeliness, Timeliness);
        Add(AuditCheck.Responsibility, Responsibility);
        Add(AuditCheck.ReplyQuality, ReplyQuality);
        Add(AuditCheck.Satisfaction, Satisfaction);
        return results;
    }
}

public sealed record SendBackBody(string? Reason);

public sealed record ReportBody(string? Kind, Guid? CaseId, string? Text, bool? Anonymous);

public sealed record SupervisionReportJson(Guid Id, ReportKind Kind, ReportSource Source, Guid? CaseId, string? CaseNumber, string Text, bool Anonymous,
    string? Reporter, string? ReporterContact, DateTimeOffset CreatedAt, DateTimeOffset? HandledAt, string? HandlingNote);

public sealed record HandleReportBody(string? Note);
