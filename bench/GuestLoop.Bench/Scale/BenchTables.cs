namespace GuestLoop.Bench.Scale;

/// <summary>The kind of a column as the generator writes it; each provider maps it to its own storage.</summary>
public enum ColumnKind
{
    Uuid,
    Text,
    Int,
    Bool,
    Instant,
    Date,
}

public sealed record Column(string Name, ColumnKind Kind);

/// <summary>The tables a generated case fills, with the column names the app's migrations create.</summary>
public sealed record BenchTable(string Name, IReadOnlyList<Column> Columns)
{
    private static Column U(string n) => new(n, ColumnKind.Uuid);
    private static Column T(string n) => new(n, ColumnKind.Text);
    private static Column I(string n) => new(n, ColumnKind.Int);
    private static Column B(string n) => new(n, ColumnKind.Bool);
    private static Column At(string n) => new(n, ColumnKind.Instant);

    public static readonly BenchTable Cases = new("cases",
    [
        U("Id"), T("Number"), U("PropertyId"), T("Kind"), T("Channel"), T("Status"), T("Category"), T("Severity"), T("Object"),
        B("BusinessMatter"), T("Title"), T("Description"), T("Demands"), T("Place"), At("OccurredAt"), At("ReceivedAt"),
        T("complainant_name"), T("complainant_phone"), U("DepartmentId"), U("AssigneeId"), T("Findings"), T("Plan"),
        T("follow_up_way"), I("follow_up_satisfaction"), T("ClosingSummary"), I("ReopenCount"), At("ClosedAt"), At("UpdatedAt"),
        At("CycleStartedAt"), T("TrackingToken"), U("GuestId"), At("DueNext"), At("RiskNext"),
    ]);

    public static readonly BenchTable Events = new("case_events",
        [U("Id"), I("Sequence"), At("At"), U("ActorId"), T("ActorName"), T("Action"), T("Detail"), B("IsPublic"), U("CaseId")]);

    public static readonly BenchTable Replies = new("case_replies",
        [U("Id"), At("At"), U("AuthorId"), T("AuthorName"), T("Text"), B("Interim"), U("CaseId")]);

    public static readonly BenchTable Deadlines = new("case_deadlines",
        [U("Id"), U("CaseId"), U("PropertyId"), T("Stage"), I("Amount"), T("Unit"), At("StartedAt"), At("DueAt"), At("MetAt"), At("CaseReceivedAt"),
         At("RiskFrom")]);

    public static readonly BenchTable Surveys = new("surveys",
        [U("Id"), U("CaseId"), I("Cycle"), T("Token"), At("CreatedAt"), At("ExpiresAt"), T("reminder_minutes"), I("RemindersSent"),
         At("AnsweredAt"), I("Csat"), I("Nps"), T("Comment")]);

    public static readonly BenchTable Search = new("case_search", [U("case_id"), T("title_terms"), T("body_terms")]);

    public static readonly IReadOnlyList<BenchTable> All = [Cases, Events, Replies, Deadlines, Surveys, Search];
}
