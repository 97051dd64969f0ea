using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Sla;

/// <summary>
/// The deadline policies the service standards state (DESIGN §4), shipped ready to use and editable
/// per enterprise afterwards.
/// </summary>
public static class SlaPresets
{
    public const string ScenicManual = "scenic-manual";
    public const string TourismStandard = "tourism-standard";
    public const string TravelFeedback = "travel-feedback";
    public const string HotelCheckIn = "hotel-checkin";
    public const string RegulatorTransfer = "regulator-transfer";

    private static SlaTarget Days(SlaStage stage, int n, TargetAnchor anchor = TargetAnchor.StageStarted) =>
        new(stage, n, DurationUnit.WorkingDays, anchor);

    /// <summary>表扬类反馈应在5个工作日内进行记录和分享: praise passed on to the staff named within 5 working days.</summary>
    private static SlaTarget PraiseShared => Days(SlaStage.Recognition, 5, TargetAnchor.CaseReceived);

    private static SlaTarget Hours(SlaStage stage, int n, TargetAnchor anchor = TargetAnchor.CaseReceived) =>
        new(stage, n, DurationUnit.Hours, anchor);

    /// <summary>景区投诉处理: classify and investigate within 1 working day of receipt, plan in 2, execute in 3, follow up in 1.</summary>
    public static SlaPolicy Scenic { get; } = new(ScenicManual, "景区服务质量投诉处理", [
        new(CaseKind.Complaint, null, [
            Days(SlaStage.Investigation, 1, TargetAnchor.CaseReceived),
            Days(SlaStage.Plan, 2),
            Days(SlaStage.Execution, 3),
            Days(SlaStage.FollowUp, 1),
        ]),
        new(CaseKind.Praise, null, [Days(SlaStage.Response, 1, TargetAnchor.CaseReceived), PraiseShared]),
        new(null, null, [Days(SlaStage.Response, 1, TargetAnchor.CaseReceived)]),
    ]);

    /// <summary>旅游企业标准: respond to a complaint within 24 hours and close the loop within 72.</summary>
    public static SlaPolicy Tourism { get; } = new(TourismStandard, "旅游企业服务质量标准", [
        new(CaseKind.Complaint, null, [Hours(SlaStage.Response, 24), Hours(SlaStage.Resolution, 72)]),
        new(CaseKind.Praise, null, [Hours(SlaStage.Response, 24), PraiseShared]),
        new(null, null, [Hours(SlaStage.Response, 24)]),
    ]);

    /// <summary>
    /// 旅行社反馈规则: a complaint's initial investigation (the complaint confirmed with the guest, their expectations
    /// recorded) within 24 hours, investigated within 3 working days, answered in 7; suggestions in 7; praise shared in 5.
    /// </summary>
    public static SlaPolicy Travel { get; } = new(TravelFeedback, "旅行社客户反馈处理规则", [
        new(CaseKind.Complaint, null, [
            Hours(SlaStage.InitialInvestigation, 24),
            Days(SlaStage.Investigation, 3, TargetAnchor.CaseReceived),
            Days(SlaStage.Reply, 7, TargetAnchor.CaseReceived),
        ]),
        new(CaseKind.Suggestion, null, [Days(SlaStage.Reply, 7, TargetAnchor.CaseReceived)]),
        new(CaseKind.Praise, null, [PraiseShared, Days(SlaStage.Resolution, 5, TargetAnchor.CaseReceived)]),
        new(null, null, [Hours(SlaStage.Response, 24)]),
    ]);

    /// <summary>酒店: a check-in (service request) completed within 30 minutes of arrival; complaints as the tourism standard.</summary>
    public static SlaPolicy Hotel { get; } = new(HotelCheckIn, "酒店入住与服务请求", [
        new(CaseKind.Request, null, [new(SlaStage.Resolution, 30, DurationUnit.Minutes, TargetAnchor.CaseReceived)]),
        new(CaseKind.Complaint, null, [Hours(SlaStage.Response, 24), Hours(SlaStage.Resolution, 72)]),
        new(CaseKind.Praise, null, [Hours(SlaStage.Response, 24), PraiseShared]),
        new(null, null, [Hours(SlaStage.Response, 24)]),
    ]);

    /// <summary>《旅游投诉处理办法》: a complaint transferred by a regulator gets a written reply within 10 days of the transfer.</summary>
    public static SlaPolicy Regulator { get; } = new(RegulatorTransfer, "监管部门转办投诉", [
        new(CaseKind.Complaint, null, [Hours(SlaStage.Response, 24), Hours(SlaStage.Reply, 240)]),
        new(null, null, [Hours(SlaStage.Reply, 240)]),
    ]);

    public static IReadOnlyList<SlaPolicy> All { get; } = [Scenic, Tourism, Travel, Hotel, Regulator];
}
