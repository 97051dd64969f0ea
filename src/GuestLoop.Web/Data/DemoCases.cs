using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Organisation;

namespace GuestLoop.Web.Data;

/// <summary>
/// Forty demo cases over the two demo properties, in every kind, channel and status. Each one is walked through
/// the aggregate's own steps by the demo staff, so its history, replies and deadlines read as if people had handled it.
/// </summary>
public static class DemoCases
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static IReadOnlyList<Case> Build(DemoOrganisation.Organisation org, DateTimeOffset now, Func<Property, DateOnly, string> nextNumber)
    {
        Actor Staff(string userName) => org.Member(userName).ToActor();
        var cast = new Cast(Staff("manager"), Staff("head"), Staff("agent"), Staff("clerk"), Staff("ranger"));

        // Numbers are handed out in order of receipt, as they would have been.
        return Demos
            .Select((demo, index) => (Demo: demo, Index: index, ReceivedAt: ReceivedAt(demo, index, now)))
            .OrderBy(d => d.ReceivedAt)
            .Select(d =>
            {
                var property = d.Demo.Site == Site.Scenic ? org.Scenic : org.Hotel;
                var number = nextNumber(property, LocalDate(d.ReceivedAt));
                return Walk(d.Demo, d.Index, property, number, d.ReceivedAt, org, cast, now);
            })
            .ToList();
    }

    /// <summary>Receives the case and takes it along its kind's path to the demo's status, by the staff a real case would meet.</summary>
    private static Case Walk(Demo d, int index, Property property, string number, DateTimeOffset receivedAt,
        DemoOrganisation.Organisation org, Cast cast, DateTimeOffset now)
    {
        var scenic = d.Site == Site.Scenic;
        var desk = scenic ? cast.Ranger : cast.Clerk;
        var handler = d.Department switch
        {
            null => desk,
            "客房部" => cast.Agent,
            _ when scenic => cast.Ranger,
            _ => cast.Head,
        };
        var pace = 0.7 + (index % 4) * 0.2;
        var at = receivedAt;

        // Each step comes some hours after the last one, in the daytime, and never after now.
        DateTimeOffset After(double hours)
        {
            var next = DuringTheDay(at + TimeSpan.FromHours(hours * pace));
            at = next < now ? next : at + (now - at) / 3;
            return at;
        }

        string Text(string? value, string field) =>
            value ?? throw new InvalidOperationException($"Demo case '{d.Title}' needs {field} to reach {d.Until}.");
        string Findings() => Text(d.Findings, "findings");
        string Plan() => Text(d.Plan, "a plan");

        DateTimeOffset? occurredAt = d.Kind is CaseKind.Complaint or CaseKind.Praise
            ? receivedAt.AddHours(d.Channel is Channel.Onsite or Channel.Phone or Channel.Guide ? -1.5 : -20)
            : null;
        var complainant = d.Guest is null
            ? Complainant.Anonymous
            : new Complainant(d.Guest, $"1390000{index:0000}", d.Channel == Channel.Email ? $"guest{index:00}@example.com" : null);
        var c = Case.Receive(
            new NewCase(property.Id, d.Kind, d.Channel, d.Title, d.Description, complainant, d.Demands, d.Place, occurredAt, receivedAt,
                PraisedNames: d.Praised),
            number, CaseWorkflow.NewTrackingToken(), d.Channel == Channel.Web ? Actor.Guest(d.Guest) : desk, receivedAt);

        Actor Decider() => c.RequiredAuthority == AuthorityLevel.Level1 ? cast.Manager : cast.Head;
        var responsibility = new ResponsibilityDetermination(
            WithinScope: true, ComplaintTrue: d.Founded, EnterpriseAtFault: d.Founded,
            TouchesLawfulRights: d.Severity != Severity.General || d.Category is Category.Price or Category.Contract or Category.Safety,
            HandlingCompliant: true, ResponsibleDepartments: d.Department, ResponsibleStaff: null);
        var satisfaction = 4 + index % 2;

        foreach (var action in PathOf(d.Kind))
        {
            if (c.Status == d.Until)
            {
                break;
            }

            switch (action)
            {
                case CaseAction.Triage:
                    c.Triage(desk, After(0.5), d.Category, d.Severity, ObjectOf(d.Category), AssessmentOf(d.Severity),
                        businessMatter: d.Severity == Severity.General && (d.Department is "客房部" or "游览服务部"));
                    if (d.Department is { } name)
                    {
                        var department = org.Department(name);
                        c.Assign(desk, After(0.25), department.Id, handler.StaffId, $"{department.Name} / {handler.Name}");
                    }

                    break;
                case CaseAction.StartInvestigation:
                    c.StartInvestigation(handler, After(1));
                    break;
                case CaseAction.ProposePlan:
                    c.ProposePlan(handler, After(6), Findings(), responsibility, Plan());
                    if (d.Twist == Twist.PlanRejected)
                    {
                        c.RejectPlan(Decider(), After(2), Text(d.Note, "a rejection reason"));
                        c.ProposePlan(handler, After(5), Findings() + "（已按审批意见补充核实）", responsibility, Plan());
                    }

                    break;
                case CaseAction.ApprovePlan:
                    c.ApprovePlan(Decider(), After(2), c.RequiredAuthority == AuthorityLevel.Level1
                        ? "同意。请责任部门负责人亲自落实，办结前报总经理审阅。"
                        : "同意该方案，请尽快落实。");
                    break;
                case CaseAction.StartExecution:
                    c.StartExecution(handler, After(1.5), d.Kind == CaseKind.Request ? "已安排专人办理。" : "按批准的方案落实。");
                    break;
                case CaseAction.Reply:
                    if (d.Kind == CaseKind.Praise && d.Praised is not null)
                    {
                        c.Recognise(handler, After(2), "部门例会通报表扬");
                    }

                    c.Reply(handler, After(d.Kind == CaseKind.Complaint ? 5 : 3), d.Kind == CaseKind.Complaint
                        ? ComplaintReply(d, Findings(), Plan())
                        : Text(d.Reply, "a reply"));
                    break;
                case CaseAction.RecordFollowUp:
                    c.RecordFollowUp(desk, After(22), new FollowUpRecord(WayOf(d.Channel), satisfaction,
                        satisfaction == 5 ? "对处理结果表示满意。" : "基本满意，希望今后保持。"));
                    break;
                case CaseAction.Close:
                    c.Close(d.Kind == CaseKind.Complaint ? Decider() : handler, After(2), ClosingSummary(c));
                    break;
                default:
                    throw new InvalidOperationException($"{action} is not on a demo path.");
            }
        }

        switch (d.Twist)
        {
            case Twist.Paused:
                c.Pause(handler, After(3), Text(d.Note, "a pause reason"));
                break;
            case Twist.InterimReply:
            {
                var sentAt = After(4);
                c.InterimReply(handler, sentAt, Text(d.Note, "an interim reply"), LocalDate(sentAt).AddDays(3));
                break;
            }

            case Twist.Reopened:
                c.RecordFollowUp(desk, After(22), new FollowUpRecord(WayOf(d.Channel), 2, Text(d.Note, "a follow-up note")));
                c.AddNote(handler, After(1), "回访不满意，案件已重开，重新核查处理措施的落实情况。");
                break;
            case Twist.None when d.Note is { } note:
                c.AddNote(handler, After(1), note);
                break;
        }

        var expected = d.Twist == Twist.Reopened ? CaseLifecycle.ReopenTo(d.Kind) : d.Until;
        return c.Status == expected
            ? c
            : throw new InvalidOperationException($"Demo case '{d.Title}' ended {c.Status}, not {expected}.");
    }

    internal static CaseAction[] PathOf(CaseKind kind) => kind switch
    {
        CaseKind.Complaint =>
        [
            CaseAction.Triage, CaseAction.StartInvestigation, CaseAction.ProposePlan, CaseAction.ApprovePlan,
            CaseAction.StartExecution, CaseAction.Reply, CaseAction.RecordFollowUp, CaseAction.Close,
        ],
        CaseKind.Request => [CaseAction.Triage, CaseAction.StartExecution, CaseAction.Reply, CaseAction.Close],
        _ => [CaseAction.Triage, CaseAction.Reply, CaseAction.Close],
    };

    /// <summary>Receipt on the demo's day at its hour, local time; a case of today that would lie ahead of the clock came in the day before.</summary>
    private static DateTimeOffset ReceivedAt(Demo d, int index, DateTimeOffset now)
    {
        var day = now.ToOffset(Beijing).Date.AddDays(-d.DaysAgo);
        var at = new DateTimeOffset(day.AddHours(d.Hour).AddMinutes(index * 13 % 60), Beijing);
        while (at > now.AddMinutes(-30))
        {
            at = at.AddDays(-1);
        }

        return at.ToUniversalTime();
    }

    /// <summary>A step that would fall in the night (21:00–08:00 local time) happens the next morning instead.</summary>
    internal static DateTimeOffset DuringTheDay(DateTimeOffset at)
    {
        var local = at.ToOffset(Beijing);
        var morning = new DateTimeOffset(local.Date.AddHours(8).AddMinutes(local.Minute), Beijing);
        return (local.Hour switch
        {
            < 8 => morning,
            >= 21 => morning.AddDays(1),
            _ => local,
        }).ToUniversalTime();
    }

    internal static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Beijing).DateTime);

    internal static CaseObject ObjectOf(Category category) => category switch
    {
        Category.Facility or Category.Safety => CaseObject.Facility,
        Category.Price or Category.Information or Category.Contract => CaseObject.Management,
        _ => CaseObject.Service,
    };

    internal static Assessment AssessmentOf(Severity severity) => severity switch
    {
        Severity.Urgent => new Assessment(3, 2, 3),
        Severity.Major => new Assessment(2, 2, 3),
        _ => Assessment.Default,
    };

    internal static string WayOf(Channel channel) => channel switch
    {
        Channel.Email => "email",
        Channel.Web or Channel.Social or Channel.Platform => "message",
        _ => "phone",
    };

    /// <summary>The written reply of a complaint: findings, measures and their effect, apology and thanks.</summary>
    private static string ComplaintReply(Demo d, string findings, string plan) => ComplaintReply(d.Guest, d.Site == Site.Scenic, d.Title, findings, plan);

    internal static string ComplaintReply(string? guest, bool scenic, string title, string findings, string plan) =>
        $"尊敬的{guest ?? (scenic ? "游客" : "宾客")}：\n\n感谢您就“{title}”向我们反馈。\n经调查核实：{findings}\n"
        + $"处理措施及效果：{plan}\n\n由此给您带来的不便，我们深表歉意，并衷心感谢您的理解与监督。";

    internal static string ClosingSummary(Case c) => c.Kind switch
    {
        CaseKind.Complaint => $"处理措施已落实，回访满意度 {c.FollowUp?.Satisfaction}/5，予以办结。",
        CaseKind.Suggestion => "建议已转相关部门评估，答复后办结。",
        CaseKind.Praise => "表扬已在部门例会通报并计入员工服务积分，办结。",
        CaseKind.Request => "服务已按要求完成，办结。",
        _ => "已答复，办结。",
    };

    private enum Site
    {
        Hotel,
        Scenic,
    }

    /// <summary>What happens besides the plain path: an extra step on the way or after the demo's status is reached.</summary>
    private enum Twist
    {
        None,
        /// <summary>The plan is rejected once (reason in the note) and proposed again.</summary>
        PlanRejected,
        /// <summary>Waiting for the guest (reason in the note) after reaching the status.</summary>
        Paused,
        /// <summary>An interim reply (text in the note) after reaching the status.</summary>
        InterimReply,
        /// <summary>An unsatisfied follow-up (note) after the reply, which reopens the case.</summary>
        Reopened,
    }

    private sealed record Cast(Actor Manager, Actor Head, Actor Agent, Actor Clerk, Actor Ranger);

    /// <summary>
    /// One demo case: where and how it came in, what it is about, and how far it has been handled. Findings and plan are
    /// needed from the plan on, a reply text for the other kinds from the reply on; without a twist, a note is an internal note.
    /// </summary>
    private sealed record Demo(
        Site Site, CaseKind Kind, Channel Channel, Category Category, Severity Severity, string? Department, string? Guest,
        int DaysAgo, int Hour, CaseStatus Until, string Title, string Description,
        string? Demands = null, string? Place = null, string? Findings = null, string? Plan = null, string? Reply = null,
        Twist Twist = Twist.None, string? Note = null, bool Founded = true, string? Praised = null);

    private static readonly Demo[] Demos =
    [
        // Closed.
        new(Site.Hotel, CaseKind.Complaint, Channel.Phone, Category.ServiceQuality, Severity.General, "前厅部", "张伟", 27, 10, CaseStatus.Closed,
            "入住办理排队近四十分钟",
            "周五晚上八点左右到店办理入住，前台只开了一个窗口，排队将近四十分钟，其间没有任何工作人员解释或安排休息，带着两个孩子非常疲惫。",
            Demands: "希望酒店作出解释并改进",
            Findings: "当晚两名前台接待员中一人临时病假，值班经理未及时调配大堂副理支援，宾客反映情况属实。",
            Plan: "电话向宾客致歉，并为其下次入住提供行政酒廊欢迎礼遇；前厅部修订晚高峰排班，确保至少两个窗口同时办理。"),
        new(Site.Hotel, CaseKind.Complaint, Channel.Platform, Category.Hygiene, Severity.General, "客房部", "刘洋", 25, 14, CaseStatus.Closed,
            "浴缸内有头发，毛巾有异味",
            "通过携程预订的高级大床房，入住后发现浴缸里有头发，毛巾有明显异味，卫生状况太差，和平台上的图片完全不符。",
            Demands: "退还部分房费", Place: "1516房",
            Findings: "该房当日由新入职服务员清扫，领班查房时遗漏卫生间，宾客反映情况属实。",
            Plan: "为宾客免费升级至行政房并减免当晚30%房费；对当班服务员和领班进行卫生标准再培训，卫生间列入查房必检项目。"),
        new(Site.Hotel, CaseKind.Complaint, Channel.Web, Category.Price, Severity.General, "餐饮部", "王芳", 22, 19, CaseStatus.Closed,
            "海鲜自助晚餐结账价格与宣传不符",
            "酒店公众号宣传海鲜自助晚餐每位198元，结账时每位收了238元，服务员说是节假日价格，但宣传里根本没有写明。",
            Demands: "退还差价",
            Findings: "公众号推文未标注节假日价格，价格信息公示不完整，宾客反映情况属实。",
            Plan: "退还宾客两位共80元差价并致歉；市场部更正推文，今后所有价格宣传须注明适用日期和附加条件。"),
        new(Site.Hotel, CaseKind.Complaint, Channel.Onsite, Category.Facility, Severity.General, "工程部", "陈磊", 20, 8, CaseStatus.Closed,
            "空调噪音大，整晚无法入睡",
            "房间空调整晚嗡嗡作响，调到最低档也很吵。半夜打电话给前台，说工程人员第二天才能来修，一晚上几乎没睡。",
            Place: "1809房",
            Findings: "工程部检查发现该房风机盘管轴承磨损；夜班维修人员未配备备件，无法当晚处理，宾客反映情况属实。",
            Plan: "当日为宾客换房并赠送两份早餐；更换该房风机轴承，夜班维修班组配齐常用备件，夜间报修须一小时内到场。"),
        new(Site.Hotel, CaseKind.Complaint, Channel.Email, Category.Safety, Severity.Major, "安全保卫部", "杨静", 26, 11, CaseStatus.Closed,
            "外出期间房内现金丢失",
            "我外出期间，放在房间行李箱内的2000元现金不见了，房门没有被撬的痕迹，怀疑有人进入过房间。",
            Demands: "查明原因并赔偿损失", Founded: false,
            Findings: "调取门锁开启记录与走廊监控：宾客外出期间仅有客房服务员按宾客要求进房补充物品一次，停留约三分钟，未接触行李；已协助宾客报警，警方调查未发现员工有盗窃行为。",
            Plan: "向宾客书面说明调查经过和警方结论；出于服务补救减免一晚房费；宾客外出时进房服务须两人同行并登记。"),
        new(Site.Scenic, CaseKind.Complaint, Channel.Guide, Category.Contract, Severity.Major, "导游服务部", "黄丽", 23, 15, CaseStatus.Closed,
            "导游擅自增加购物点",
            "跟团游览云栖山，导游中途带我们去了两个玉器店，每个店停留一个多小时，不买东西就给脸色看，行程单上根本没有这些购物点。",
            Demands: "处理导游并退还部分团费",
            Findings: "经与组团旅行社及导游本人核实，导游擅自增加两个购物点，违反旅游合同约定，游客反映情况属实。",
            Plan: "责成旅行社向每位团员退还团费200元并书面致歉；暂停该导游在景区带团资格三个月；导游服务部每月抽查团队行程执行情况。"),
        new(Site.Scenic, CaseKind.Praise, Channel.Onsite, Category.ServiceQuality, Severity.General, "游览服务部", "吴敏", 21, 13, CaseStatus.Closed,
            "感谢游客中心帮忙找到走散的孩子",
            "国庆期间游客很多，孩子在观景台附近和我们走散了。游客中心的工作人员通过广播和对讲机联动，十五分钟就帮我们找到了孩子，非常感谢！",
            Reply: "尊敬的吴敏，您好：感谢您对景区工作人员的肯定！保障每一位游客的安全是我们的责任，您的表扬已转达游览服务部并予以通报表扬。欢迎您和家人再次来云栖山游玩。",
            Praised: "游客中心值班人员"),
        new(Site.Hotel, CaseKind.Suggestion, Channel.Survey, Category.Other, Severity.General, "餐饮部", null, 18, 9, CaseStatus.Closed,
            "建议早餐增设素食和清真专区",
            "早餐品种很丰富，但素食和清真选择太少，也没有明显标识，建议增设标识清楚的专区。",
            Reply: "感谢您的宝贵建议！餐饮部已在早餐厅增设素食专区并完善菜品标识，清真餐食正在与供应商洽谈，预计下月推出。"),
        new(Site.Scenic, CaseKind.Request, Channel.Phone, Category.Other, Severity.General, "游览服务部", "徐刚", 16, 10, CaseStatus.Closed,
            "预约轮椅及无障碍游览路线",
            "下周三带八十岁的母亲来游览，需要借用轮椅，也想了解有没有适合轮椅通行的游览路线。",
            Reply: "尊敬的徐刚，您好：已为您预留轮椅一台，请于当天凭身份证到南门游客中心免费领取。无障碍路线为南门—湖滨栈道—观鱼亭—游客中心，全程约2公里、无台阶，沿途设有无障碍卫生间。祝您和母亲游览愉快！"),
        new(Site.Hotel, CaseKind.Inquiry, Channel.Phone, Category.Information, Severity.General, null, "孙悦", 14, 16, CaseStatus.Closed,
            "能否携带宠物入住",
            "想问一下酒店能不能带小型犬入住？大概五公斤左右。",
            Reply: "您好，本酒店目前暂不接待宠物入住，敬请谅解。如有需要，我们可为您推荐酒店附近的正规宠物寄养机构。"),
        new(Site.Scenic, CaseKind.Complaint, Channel.Social, Category.Price, Severity.General, "票务部", "马超", 12, 9, CaseStatus.Closed,
            "网上购票后闸机无法核销",
            "在美团上买的门票，到了闸机一直提示无效票，窗口说系统故障让我们等，等了四十多分钟才入园，耽误了整个行程。",
            Demands: "退还门票费用",
            Findings: "当日上午票务系统与第三方平台接口故障约40分钟，部分电子票无法核销，游客反映情况属实。",
            Plan: "为受影响游客办理门票原路退款并赠送一次免费入园券；票务部建立接口故障时的人工核验应急流程，故障五分钟内启动。"),

        // Followed up, waiting for closure.
        new(Site.Hotel, CaseKind.Complaint, Channel.Phone, Category.ServiceQuality, Severity.General, "前厅部", "朱琳", 9, 8, CaseStatus.FollowUp,
            "预约的叫醒服务未执行，险些误机",
            "前一晚在前台预约了早上五点的叫醒服务，结果没人打电话，我自己醒来时已经五点四十，临时打车赶去机场多花了300元，差点误机。",
            Demands: "报销临时打车费用",
            Findings: "总机夜班交接时遗漏该叫醒预约，宾客反映情况属实。",
            Plan: "报销宾客额外打车费用300元并致歉；叫醒服务改为系统自动外呼加人工复核，交接班须逐条核对叫醒登记。"),
        new(Site.Scenic, CaseKind.Complaint, Channel.Web, Category.Hygiene, Severity.General, "游览服务部", "胡军", 7, 12, CaseStatus.FollowUp,
            "山顶公厕脏乱且缺少手纸",
            "山顶的公共厕所地面湿滑脏乱，气味很大，几个隔间都没有手纸，洗手液也是空的。",
            Place: "云栖顶公厕",
            Findings: "节假日客流大，山顶公厕保洁频次未相应增加，耗材补充不及时，游客反映情况属实。",
            Plan: "高峰期山顶公厕保洁由每两小时一次调整为每小时一次并设专人值守；增加手纸和洗手液库存，实行巡查签到制度。"),
        new(Site.Hotel, CaseKind.Complaint, Channel.Platform, Category.Facility, Severity.General, "工程部", "郭婷", 6, 17, CaseStatus.FollowUp,
            "客房WiFi信号差无法办公",
            "出差入住，房间里的WiFi几乎连不上，视频会议频繁掉线，换了两次密码也没用，严重影响工作。",
            Place: "2203房",
            Findings: "22层无线接入点故障，网络监控告警未及时处理，宾客反映情况属实。",
            Plan: "当晚更换故障接入点并为宾客提供随身WiFi；工程部将网络告警接入值班手机，要求两小时内处置。"),

        // Replied.
        new(Site.Hotel, CaseKind.Complaint, Channel.Email, Category.ServiceQuality, Severity.General, "餐饮部", "何勇", 5, 10, CaseStatus.Replied,
            "婚宴上菜慢且部分菜品与菜单不符",
            "上周六在酒店宴会厅办婚宴，上菜间隔太长，有的桌等了半个多小时；菜单上的清蒸东星斑换成了石斑鱼，事先没有任何告知。",
            Demands: "退还部分餐费",
            Findings: "当日同时承接三场宴会，后厨人手不足导致出菜缓慢；东星斑因到货不足临时替换，未事先征得宾客同意，宾客反映情况属实。",
            Plan: "按替换菜品差价及服务延误向宾客退还餐费3000元；今后菜品替换须事先书面征得宾客同意，承接多场宴会时提前增派厨师。"),
        new(Site.Scenic, CaseKind.Complaint, Channel.Phone, Category.Price, Severity.Major, "票务部", "高峰", 4, 11, CaseStatus.Replied,
            "索道停运后拒绝退票",
            "索道因为大风停运，售票处却一直继续售票。我们买票后排了一个多小时才知道停运，去窗口要求退票被拒绝，说要等恢复运行。",
            Demands: "全额退还索道票", Place: "索道下站",
            Findings: "索道因大风暂停运行后，票务部未及时停售，窗口人员错误执行了“恢复后再退”的口径，游客反映情况属实。",
            Plan: "为当天所有受影响游客办理全额退票；票务部与索道运行班组建立停运即停售的联动机制，退票规则在售票处公示。"),
        new(Site.Hotel, CaseKind.Praise, Channel.Social, Category.ServiceQuality, Severity.General, "客房部", "林晓", 3, 20, CaseStatus.Replied,
            "点赞客房服务员细心周到",
            "表扬一下12楼的客房服务员小周，发现我孩子感冒了，主动送来姜茶和加厚被子，非常贴心！",
            Reply: "尊敬的林晓，您好：非常感谢您的表扬！您的肯定已转达客房部，我们将在部门例会上表扬小周。祝孩子早日康复，期待您再次光临。",
            Praised: "12楼客房服务员小周"),
        new(Site.Scenic, CaseKind.Inquiry, Channel.Web, Category.Information, Severity.General, null, "罗娟", 2, 15, CaseStatus.Replied,
            "老年人门票有什么优惠",
            "我父母都是65岁以上，想问一下景区对老年人门票有什么优惠，需要带什么证件？",
            Reply: "您好，年满60周岁的游客凭身份证可享受门票半价，年满70周岁免票，索道票不参与优惠。入园时请出示本人身份证原件。欢迎您的家人来云栖山游览！"),
        new(Site.Hotel, CaseKind.Suggestion, Channel.Email, Category.Facility, Severity.General, "工程部", "郑浩", 8, 9, CaseStatus.Replied,
            "建议健身房延长开放时间",
            "健身房晚上十点就关门了，出差的客人常常晚上才有时间锻炼，建议延长到晚上十二点，或者改为刷房卡24小时开放。",
            Reply: "尊敬的郑浩，您好：感谢您的建议！工程部和安全保卫部正在评估健身房改为房卡门禁24小时开放的方案，预计下月试行，届时我们会通过邮件告知您。"),

        // Executing.
        new(Site.Scenic, CaseKind.Complaint, Channel.Onsite, Category.Safety, Severity.Urgent, "安全保卫部", "梁雪", 3, 14, CaseStatus.Executing,
            "游客在玻璃栈道下行台阶滑倒受伤",
            "下行台阶上有积水，没有铺防滑垫也没有警示牌，我母亲滑倒摔伤了手腕，过了二十多分钟才有工作人员赶到。",
            Demands: "承担医疗费用并整改", Place: "玻璃栈道下行段",
            Findings: "事发时段降雨后台阶积水，防滑垫未及时铺设，警示牌缺失；巡查人员到场超过二十分钟，游客反映情况属实。",
            Plan: "景区先行垫付医疗费用并协助办理游客意外险理赔；栈道全线铺设防滑垫、增设警示牌，雨天安排专人值守，巡查人员十分钟内到场。",
            Twist: Twist.InterimReply,
            Note: "您好，您母亲的医疗费用票据已收到，景区已先行垫付，保险理赔正在与保险公司核定，我们会每天与您联系告知进展。"),
        new(Site.Hotel, CaseKind.Request, Channel.Onsite, Category.Other, Severity.General, "客房部", "谢明", 0, 15, CaseStatus.Executing,
            "房间需要加床并提供婴儿床",
            "我们一家四口入住，需要加一张床，另外需要一张婴儿床，请尽快安排。",
            Place: "1107房"),
        new(Site.Hotel, CaseKind.Complaint, Channel.Social, Category.Information, Severity.General, "前厅部", "宋佳", 2, 10, CaseStatus.Executing,
            "官网宣传免费接机实际收费",
            "官网写着入住行政房免费接机，预订时也确认了，结果司机到酒店后要收150元接机费，说免费接机活动已经结束。",
            Demands: "退还接机费用",
            Findings: "官网免费接机活动已于上月结束但页面未及时下线，预订确认时员工也未提示，宾客反映情况属实。",
            Plan: "退还宾客接机费150元并致歉；市场部当日下线过期活动，建立官网活动上下线审核台账。"),

        // Plan approved.
        new(Site.Hotel, CaseKind.Complaint, Channel.Phone, Category.Contract, Severity.Major, "前厅部", "唐亮", 2, 18, CaseStatus.PlanApproved,
            "预订的海景套房到店被告知已满",
            "提前一个月预订并全额付款的海景套房，到店后被告知超售，只能安排城景房，酒店给的补偿方案很不合理。",
            Demands: "按约提供同等房型或合理赔偿",
            Findings: "当日海景套房因渠道库存同步延迟超售一间，未能履行预订确认，宾客反映情况属实。",
            Plan: "当晚免费升级至总统套房，退还全部房费并赠送下次入住海景套房一晚；前厅部核查渠道同步设置，紧俏房型每日人工复核库存。"),
        new(Site.Scenic, CaseKind.Complaint, Channel.Platform, Category.ServiceQuality, Severity.General, "导游服务部", "韩冰", 3, 10, CaseStatus.PlanApproved,
            "讲解员讲解敷衍并提前结束",
            "购买的是两小时讲解服务，讲解员全程看手机，讲得很敷衍，不到一个小时就说讲完了，然后就走了。",
            Demands: "退还讲解费",
            Findings: "调取讲解器定位记录，该次讲解实际时长52分钟，讲解员未按标准路线讲解，游客反映情况属实。",
            Plan: "全额退还讲解费120元并致歉；该讲解员停岗培训一周，讲解服务结束后引入游客扫码评价。"),

        // Plan proposed.
        new(Site.Hotel, CaseKind.Complaint, Channel.Web, Category.Hygiene, Severity.General, "客房部", "冯涛", 1, 20, CaseStatus.PlanProposed,
            "床单上有明显污渍",
            "入住后掀开被子发现床单上有一块明显污渍，感觉根本没有更换过，非常恶心。",
            Demands: "换房并给予补偿", Place: "1302房",
            Findings: "洗涤公司送回的布草批次中混入一套未洗净床单，服务员铺床时未检查，宾客反映情况属实。",
            Plan: "为宾客换房并赠送当日晚餐；客房部与洗涤公司核对该批次布草，铺床前逐件检查。"),
        new(Site.Scenic, CaseKind.Complaint, Channel.Phone, Category.Price, Severity.General, "票务部", "董洁", 5, 13, CaseStatus.PlanProposed,
            "观光车实收票价与公示不符",
            "观光车公示牌写单程20元，售票员收了我们每人30元，问她她说已经涨价了，但公示牌上还是20元。",
            Demands: "退还多收的费用",
            Findings: "观光车票价自本月起调整为30元，但站点公示牌未同步更新，价格公示与实际收费不一致，游客反映情况属实。",
            Plan: "退还游客多收的费用并致歉；票务部当日更换全部站点公示牌，今后调价须在实施前七日公示。",
            Twist: Twist.PlanRejected,
            Note: "调查不充分：请调取当日售票记录，核实受影响游客人数及公示牌更新时间后重新提交方案。"),
        new(Site.Hotel, CaseKind.Complaint, Channel.Onsite, Category.Safety, Severity.Major, "工程部", "萧然", 1, 9, CaseStatus.PlanProposed,
            "客梯故障被困十余分钟",
            "早上坐2号电梯下楼，电梯突然停在两层之间，按了紧急呼叫很久才有人回应，被困了十几分钟，老人和孩子都吓坏了。",
            Demands: "查明原因并给予说法", Place: "2号客梯",
            Findings: "2号客梯门机控制板故障导致停梯；紧急呼叫转接至工程值班室后无人及时接听，救援到场用时14分钟，宾客反映情况属实。",
            Plan: "向受困宾客当面致歉并减免当晚房费；维保单位更换门机控制板并对全部客梯进行安全检测；紧急呼叫同时转接前台和安保，五分钟内到场。"),

        // Investigating, one of them waiting for the guest, one reopened after an unsatisfied follow-up.
        new(Site.Hotel, CaseKind.Complaint, Channel.Phone, Category.Hygiene, Severity.Urgent, "餐饮部", "程诚", 1, 8, CaseStatus.Investigating,
            "晚餐后出现腹泻呕吐",
            "昨晚在酒店中餐厅吃了海鲜，夜里一家三口都开始腹泻呕吐，今天早上去了医院，医生说是急性肠胃炎。",
            Demands: "查明原因并承担医疗费用",
            Note: "已封存当日留样菜品送检，餐饮部经理陪同宾客复诊，等待检测结果。"),
        new(Site.Scenic, CaseKind.Complaint, Channel.Social, Category.ServiceQuality, Severity.General, "游览服务部", "曹阳", 2, 16, CaseStatus.Investigating,
            "景区工作人员态度恶劣",
            "在北门问路，工作人员不耐烦地说“自己看指示牌”，再问一遍就开始大声呵斥，态度非常恶劣。",
            Demands: "当事人道歉"),
        new(Site.Hotel, CaseKind.Complaint, Channel.Email, Category.Price, Severity.General, "前厅部", "袁媛", 8, 12, CaseStatus.Investigating,
            "退房后押金被多扣",
            "退房时前台说押金会全额退回，但一周后信用卡只退回了800元，少了200元，也没有任何说明。",
            Demands: "退还多扣的押金",
            Twist: Twist.Paused,
            Note: "等待宾客提供信用卡扣款及退款记录截图，以便与银行核对。"),
        new(Site.Scenic, CaseKind.Complaint, Channel.Platform, Category.Price, Severity.General, "票务部", "傅磊", 11, 10, CaseStatus.Replied,
            "门票退款迟迟未到账",
            "因为下雨取消了行程，在平台申请退票已经十天了，平台显示景区未确认，打电话也一直说在处理。",
            Demands: "尽快退款",
            Findings: "该订单退款申请因平台对账异常滞留在待确认状态，票务部未定期处理异常订单，游客反映情况属实。",
            Plan: "当日人工确认退款并通知平台加急处理；票务部每日核查退款异常订单。",
            Twist: Twist.Reopened,
            Note: "游客表示退款仍未到账，对处理结果不满意。"),
        new(Site.Scenic, CaseKind.Complaint, Channel.Guide, Category.Other, Severity.General, "导游服务部", "沈悦", 1, 13, CaseStatus.Investigating,
            "团队午餐质量差且分量不足",
            "旅行团安排在景区半山餐厅吃午餐，十人一桌只有六个菜，菜都是凉的，米饭也不够，导游说这是景区统一安排的。"),

        // Triaged, some assigned.
        new(Site.Hotel, CaseKind.Complaint, Channel.Survey, Category.ServiceQuality, Severity.General, "餐饮部", null, 1, 11, CaseStatus.Triaged,
            "客房送餐超时一个多小时",
            "满意度调查留言：晚上点的客房送餐说三十分钟送到，实际等了一个多小时，送来时饭菜都凉了。"),
        new(Site.Scenic, CaseKind.Suggestion, Channel.Social, Category.Information, Severity.General, null, "曾琪", 1, 17, CaseStatus.Triaged,
            "建议增加英文导览标识",
            "带外国朋友来游览，发现很多指示牌和景点介绍只有中文，建议增加英文标识和英文语音导览。"),
        new(Site.Hotel, CaseKind.Inquiry, Channel.Email, Category.Contract, Severity.General, null, "彭飞", 0, 10, CaseStatus.Triaged,
            "咨询会议室租赁及发票开具",
            "公司下月计划在贵酒店举办一场80人的会议，想咨询会议室租赁价格、是否含茶歇，以及能否开具增值税专用发票。"),
        new(Site.Scenic, CaseKind.Request, Channel.Guide, Category.Other, Severity.General, "游览服务部", "吕楠", 0, 9, CaseStatus.Triaged,
            "旅行团需要团队讲解和行李寄存",
            "我是带团导游，明天上午带一个40人的团入园，需要安排一名讲解员，另外有十几件行李需要寄存。"),

        // Just received.
        new(Site.Hotel, CaseKind.Complaint, Channel.Web, Category.Facility, Severity.General, null, "苏静", 0, 8, CaseStatus.Received,
            "卫生间地漏反味",
            "房间卫生间地漏一直有下水道的臭味，开着排风也没用，晚上根本没法待。",
            Place: "1621房"),
        new(Site.Scenic, CaseKind.Complaint, Channel.Phone, Category.Safety, Severity.General, null, "卢杰", 0, 11, CaseStatus.Received,
            "山道护栏松动存在安全隐患",
            "十八盘步道中段有一段木护栏摇晃得很厉害，一靠上去就晃，旁边就是陡坡，孩子很多，太危险了，希望尽快处理。",
            Place: "十八盘步道"),
        new(Site.Hotel, CaseKind.Praise, Channel.Web, Category.ServiceQuality, Severity.General, null, "蒋芸", 0, 14, CaseStatus.Received,
            "感谢餐厅服务员帮忙庆生",
            "昨晚在西餐厅给妈妈过生日，服务员知道后悄悄准备了长寿面，还带着大家一起唱生日歌，妈妈特别感动，谢谢你们！",
            Praised: "西餐厅服务员"),
        new(Site.Scenic, CaseKind.Complaint, Channel.Platform, Category.ServiceQuality, Severity.General, null, "蔡文", 2, 10, CaseStatus.Received,
            "停车场出口排队四十分钟",
            "景区停车场出口只开了一个收费口，排队出场用了四十分钟，收费员说按次收费，但公示牌写的是按小时，收费标准很混乱。"),
    ];
}
