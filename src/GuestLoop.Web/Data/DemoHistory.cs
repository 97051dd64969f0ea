using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Organisation;

namespace GuestLoop.Web.Data;

/// <summary>
/// The demo's past year: <see cref="Count"/> cases written by <see cref="DemoPhrases"/>, received at both demo
/// properties from a year ago until a month ago (before the forty demo cases), triaged as labelled and walked to
/// closed by the aggregate's own steps, at a pace that misses some deadlines. Each written reply issues its survey and
/// some guests answer it. They are the enterprise's own triaged cases the triage model learns from, and the
/// dashboard's year.
/// </summary>
public static class DemoHistory
{
    public const int Count = 600;
    public const int Seed = 2025;

    /// <summary>Receipts lie this many days back at most and at least: the forty demo cases take the last four weeks.</summary>
    public const int OldestDaysAgo = 365;
    public const int NewestDaysAgo = 33;

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];

    private static readonly Dictionary<(DemoSite, Category), string[]> Departments = new()
    {
        [(DemoSite.Hotel, Category.ServiceQuality)] = ["前厅部", "餐饮部", "客房部"], [(DemoSite.Hotel, Category.Facility)] = ["工程部"],
        [(DemoSite.Hotel, Category.Hygiene)] = ["客房部", "餐饮部"], [(DemoSite.Hotel, Category.Safety)] = ["安全保卫部"],
        [(DemoSite.Hotel, Category.Price)] = ["前厅部", "餐饮部"], [(DemoSite.Hotel, Category.Information)] = ["前厅部"],
        [(DemoSite.Hotel, Category.Contract)] = ["前厅部"], [(DemoSite.Hotel, Category.Other)] = ["客房部", "餐饮部", "前厅部"],
        [(DemoSite.Scenic, Category.ServiceQuality)] = ["游览服务部", "导游服务部"], [(DemoSite.Scenic, Category.Facility)] = ["设施设备部"],
        [(DemoSite.Scenic, Category.Hygiene)] = ["游览服务部"], [(DemoSite.Scenic, Category.Safety)] = ["安全保卫部"],
        [(DemoSite.Scenic, Category.Price)] = ["票务部"], [(DemoSite.Scenic, Category.Information)] = ["游览服务部"],
        [(DemoSite.Scenic, Category.Contract)] = ["导游服务部"], [(DemoSite.Scenic, Category.Other)] = ["游览服务部"],
    };

    /// <summary>What the investigation found and the plan, per category; {0} is 宾客 or 游客.</summary>
    private static readonly Dictionary<Category, (string Findings, string Plan)> Handling = new()
    {
        [Category.ServiceQuality] = ("经调取监控并与当班员工核实，服务过程存在怠慢，{0}反映情况属实。", "向{0}致歉并赠送下次消费优惠券；当班员工接受服务规范再培训，部门例会通报。"),
        [Category.Facility] = ("工程人员现场检查确认设备故障，维修响应不及时，{0}反映情况属实。", "当日完成维修并向{0}致歉、给予相应减免；同类设备纳入每周巡检。"),
        [Category.Hygiene] = ("经现场检查，清洁未达标准，查房环节遗漏，{0}反映情况属实。", "当即重新清洁并向{0}致歉、给予补偿；相关人员再培训，卫生抽查加密。"),
        [Category.Safety] = ("安全保卫部现场核查，隐患属实，巡查未及时发现，{0}反映情况属实。", "立即排除隐患并设置警示，向{0}致歉；安全巡查改为每两小时一次并登记。"),
        [Category.Price] = ("核对收费记录，收费与公示不一致，{0}反映情况属实。", "退还多收费用并致歉；更新价格公示，收费人员再培训。"),
        [Category.Information] = ("核实宣传及告知内容，信息更新不及时，{0}反映情况属实。", "向{0}说明情况并致歉；更正相关信息，建立信息发布复核制度。"),
        [Category.Contract] = ("核对订单及合同约定，未按约定履行，{0}反映情况属实。", "按约定给予补偿并致歉；责任部门核查履约流程，杜绝类似情况。"),
        [Category.Other] = ("经核实，{0}反映的情况属实。", "已按{0}的要求处理并致歉，责任部门跟进改进。"),
    };

    private static readonly (string Findings, string Plan) Unfounded =
        ("经调取记录并与当事员工核实，未发现{0}所述情况，已向{0}说明核查经过。", "向{0}耐心解释核查经过，并就沟通不畅致歉。");

    public sealed record Year(IReadOnlyList<Case> Cases, IReadOnlyList<Survey> Surveys);

    /// <summary>The closed cases in order of receipt, numbered as they came in, and the surveys their written replies issued.</summary>
    public static Year Build(DemoOrganisation.Organisation org, DateTimeOffset now, Func<Property, DateOnly, string> nextNumber)
    {
        var random = new Random(Seed);
        var texts = DemoPhrases.Generate(Count, Seed);
        var received = texts.Select(_ => ReceivedAt(random, now)).ToList();
        var cases = new List<Case>(Count);
        var surveys = new List<Survey>();
        foreach (var (text, at) in texts.Zip(received).OrderBy(t => t.Second))
        {
            var property = text.Site == DemoSite.Scenic ? org.Scenic : org.Hotel;
            var (@case, survey) = Walk(text, property, nextNumber(property, DemoCases.LocalDate(at)), at, org, random);
            cases.Add(@case);
            if (survey is not null)
            {
                surveys.Add(survey);
            }
        }

        return new Year(cases, surveys);
    }

    /// <summary>A daytime instant <see cref="OldestDaysAgo"/> to <see cref="NewestDaysAgo"/> days ago; the summer and October holidays are busier.</summary>
    private static DateTimeOffset ReceivedAt(Random random, DateTimeOffset now)
    {
        var today = now.ToOffset(Beijing).Date;
        while (true)
        {
            var day = today.AddDays(-random.Next(NewestDaysAgo, OldestDaysAgo + 1));
            var weight = day.Month is 7 or 8 or 10 ? 1.0 : day.Month is 2 or 5 ? 0.8 : 0.6;
            var at = new DateTimeOffset(day.AddHours(random.Next(8, 21)).AddMinutes(random.Next(60)), Beijing);
            if (random.NextDouble() < weight)
            {
                return at.ToUniversalTime();
            }
        }
    }

    private static (Case Case, Survey? Survey) Walk(LabelledCase text, Property property, string number, DateTimeOffset receivedAt,
        DemoOrganisation.Organisation org, Random random)
    {
        Actor Staff(string userName) => org.Member(userName).ToActor();
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var scenic = text.Site == DemoSite.Scenic;
        var desk = Staff(scenic ? "ranger" : "clerk");
        var department = text.Kind == CaseKind.Inquiry ? null : org.Department(Pick(Departments[(text.Site, text.Category)]));
        var handler = department?.Name switch
        {
            null => desk,
            "客房部" => Staff("agent"),
            _ when scenic => Staff("ranger"),
            _ => Staff("head"),
        };
        var channel = Pick(ChannelsOf(text.Kind, scenic));
        var guest = random.NextDouble() < 0.3 ? null : Pick(Surnames) + (random.Next(2) == 0 ? "先生" : "女士");
        // Most cases move briskly; one in seven drags and misses its deadlines.
        var pace = random.NextDouble() < 0.85 ? 0.5 + random.NextDouble() * 0.6 : 1.8 + random.NextDouble() * 1.4;
        var at = receivedAt;
        DateTimeOffset After(double hours) => at = DemoCases.DuringTheDay(at + TimeSpan.FromHours(hours * pace));

        DateTimeOffset? occurredAt = text.Kind is CaseKind.Complaint or CaseKind.Praise
            ? receivedAt.AddHours(channel is Channel.Onsite or Channel.Phone or Channel.Guide ? -1.5 : -20)
            : null;
        var c = Case.Receive(new NewCase(property.Id, text.Kind, channel, text.Title, text.Description, new Complainant(guest, null, null),
                OccurredAt: occurredAt, ReceivedAt: receivedAt, PraisedNames: text.Praised),
            number, CaseWorkflow.NewTrackingToken(), channel == Channel.Web ? Actor.Guest(guest) : desk, receivedAt);
        Actor Decider() => c.RequiredAuthority == AuthorityLevel.Level1 ? Staff("manager") : Staff("head");
        var founded = random.NextDouble() < 0.9;
        var who = scenic ? "游客" : "宾客";
        var (findings, plan) = founded ? Handling[text.Category] : Unfounded;
        (findings, plan) = (string.Format(findings, who), string.Format(plan, who));
        var responsibility = new ResponsibilityDetermination(WithinScope: true, ComplaintTrue: founded, EnterpriseAtFault: founded,
            TouchesLawfulRights: text.Severity != Severity.General || text.Category is Category.Price or Category.Contract or Category.Safety,
            HandlingCompliant: true, ResponsibleDepartments: department?.Name, ResponsibleStaff: null);
        var satisfaction = random.NextDouble() switch { < 0.45 => 5, < 0.85 => 4, _ => 3 };
        var answers = guest is not null && random.NextDouble() < (text.Kind == CaseKind.Complaint ? 0.35 : 0.15);
        Survey? survey = null;

        foreach (var action in DemoCases.PathOf(text.Kind))
        {
            switch (action)
            {
                case CaseAction.Triage:
                    c.Triage(desk, After(0.5), text.Category, text.Severity, DemoCases.ObjectOf(text.Category), DemoCases.AssessmentOf(text.Severity),
                        businessMatter: text.Severity == Severity.General && department?.Name is "客房部" or "游览服务部");
                    if (department is not null)
                    {
                        c.Assign(desk, After(0.25), department.Id, handler.StaffId, $"{department.Name} / {handler.Name}");
                    }

                    break;
                case CaseAction.StartInvestigation:
                    c.StartInvestigation(handler, After(1));
                    break;
                case CaseAction.ProposePlan:
                    c.ProposePlan(handler, After(6), findings, responsibility, plan);
                    break;
                case CaseAction.ApprovePlan:
                    c.ApprovePlan(Decider(), After(2), "同意该方案，请尽快落实。");
                    break;
                case CaseAction.StartExecution:
                    c.StartExecution(handler, After(1.5), text.Kind == CaseKind.Request ? "已安排专人办理。" : "按批准的方案落实。");
                    break;
                case CaseAction.Reply:
                    if (text.Kind == CaseKind.Praise && text.Praised is not null)
                    {
                        c.Recognise(handler, After(2), "部门例会通报表扬");
                    }

                    c.Reply(handler, After(text.Kind == CaseKind.Complaint ? 5 : 3), ReplyText(text, guest, scenic, department?.Name, findings, plan));
                    survey = Survey.Issue(c.Id, c.ReopenCount, CaseWorkflow.NewTrackingToken(), at);
                    break;
                case CaseAction.RecordFollowUp when answers:
                    // The guest answered the survey link before the follow-up call; the answer is the follow-up.
                    at += TimeSpan.FromHours(3 + random.Next(40));
                    Answer(c, survey!, guest, at, satisfaction, random);
                    answers = false;
                    break;
                case CaseAction.RecordFollowUp:
                    c.RecordFollowUp(desk, After(22), new FollowUpRecord(DemoCases.WayOf(channel), satisfaction, satisfaction switch
                    {
                        5 => "对处理结果表示满意。",
                        4 => "基本满意，希望今后保持。",
                        _ => "接受处理结果，希望今后改进。",
                    }));
                    break;
                case CaseAction.Close:
                    c.Close(text.Kind == CaseKind.Complaint ? Decider() : handler, After(2), DemoCases.ClosingSummary(c));
                    break;
                default:
                    throw new InvalidOperationException($"{action} is not on a demo path.");
            }
        }

        if (answers && survey is not null)
        {
            Answer(c, survey, guest, at + TimeSpan.FromHours(2 + random.Next(60)), satisfaction, random);
        }

        return c.IsClosed ? (c, survey) : throw new InvalidOperationException($"History case '{text.Title}' ended {c.Status}, not closed.");
    }

    private static void Answer(Case c, Survey survey, string? guest, DateTimeOffset at, int csat, Random random)
    {
        var nps = csat switch { 5 => 9 + random.Next(2), 4 => 7 + random.Next(3), _ => 5 + random.Next(3) };
        var comment = csat switch { 5 => "处理及时，很满意", 4 => "还可以", _ => null };
        survey.Answer(at, new SurveyAnswer(csat, nps, comment));
        c.RecordSurveyAnswer(Actor.Guest(guest), at, csat, nps, survey.Comment);
    }

    private static Channel[] ChannelsOf(CaseKind kind, bool scenic) => kind switch
    {
        CaseKind.Complaint when scenic => [Channel.Phone, Channel.Onsite, Channel.Onsite, Channel.Web, Channel.Platform, Channel.Social, Channel.Guide, Channel.Guide],
        CaseKind.Complaint => [Channel.Phone, Channel.Phone, Channel.Onsite, Channel.Web, Channel.Platform, Channel.Platform, Channel.Email, Channel.Social, Channel.Survey],
        CaseKind.Suggestion => [Channel.Survey, Channel.Web, Channel.Email, Channel.Social],
        CaseKind.Praise => [Channel.Onsite, Channel.Social, Channel.Web, Channel.Survey],
        CaseKind.Request when scenic => [Channel.Phone, Channel.Guide, Channel.Onsite],
        CaseKind.Request => [Channel.Onsite, Channel.Phone],
        _ => [Channel.Phone, Channel.Phone, Channel.Web, Channel.Email],
    };

    private static string ReplyText(LabelledCase text, string? guest, bool scenic, string? department, string findings, string plan) => text.Kind switch
    {
        CaseKind.Complaint => DemoCases.ComplaintReply(guest, scenic, text.Title, findings, plan),
        CaseKind.Suggestion => $"感谢您的宝贵建议！已转{department}评估，采纳后将尽快落实，欢迎继续关注。",
        CaseKind.Praise => $"感谢您的肯定！您的表扬已转达{department}，并在部门例会上通报表扬。期待您再次光临。",
        CaseKind.Request => "您好，已按您的要求安排办理完毕，如有其他需要请随时联系。",
        _ => "您好，感谢您的咨询，相关信息已为您核实并告知，如有其他问题欢迎随时联系我们。",
    };
}
