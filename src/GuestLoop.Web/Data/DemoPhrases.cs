using GuestLoop.Domain.Cases;

namespace GuestLoop.Web.Data;

public enum DemoSite
{
    Hotel,
    Scenic,
}

/// <summary>A generated case as a guest wrote it, with the category and severity the agent gave it and the staff it praises.</summary>
public sealed record LabelledCase(Guid Id, DemoSite Site, CaseKind Kind, string Title, string Description, Category Category, Severity Severity,
    string? Praised);

/// <summary>
/// Cases of a hotel and a scenic area as guests wrote them and agents triaged them, built from phrase pools: each
/// category has many ways to say its matter and shares its openings, places and demands with the others; a fifth of
/// the complaints also mention a second matter, severity cues are left out of some major and urgent ones, and a few
/// labels are what a hurried agent chose. No one word separates a category, so a model has to weigh many. The same
/// seed gives the same cases.
/// </summary>
public static class DemoPhrases
{
    /// <summary>One way to say a matter, where it happens (null: at either property) and the kind of case it makes.</summary>
    private sealed record Matter(string Text, DemoSite? Site, CaseKind Kind, string? Praised);

    private static Matter H(string text, CaseKind kind = CaseKind.Complaint, string? praised = null) => new(text, DemoSite.Hotel, kind, praised);
    private static Matter S(string text, CaseKind kind = CaseKind.Complaint, string? praised = null) => new(text, DemoSite.Scenic, kind, praised);
    private static Matter A(string text, CaseKind kind = CaseKind.Complaint) => new(text, null, kind, null);

    private static readonly Dictionary<Category, Matter[]> Matters = new()
    {
        [Category.ServiceQuality] = [H("前台服务员态度很差，问了两遍都不理人"), H("入住办理等了四十分钟没人管"), A("餐厅服务员上菜时把汤洒了还不道歉"), S("导游全程玩手机讲解敷衍了事"),
            A("保安说话很冲让人很不舒服"), H("客房送物品说十分钟到结果一小时才来"), A("投诉后经理互相推诿没人负责"), S("讲解员不耐烦打断游客提问"), H("礼宾部把行李送错了房间"), H("早餐时服务人员对老人很冷漠")],
        [Category.Facility] = [H("房间空调不制冷一直吹热风"), H("电梯停在十二楼门打不开"), H("淋浴没有热水洗到一半变凉"), H("卫生间天花板漏水滴到床上"), H("房间网络连不上wifi一直断"),
            S("缆车运行中突然停了十分钟"), A("马桶堵了冲不下去"), H("房卡门锁失灵进不了房间"), H("隔壁装修噪音从早到晚"), S("景区游船发动机坏了停在湖中间"), S("观光车半路抛锚等了半小时"),
            S("检票闸机坏了一直刷不进去")],
        [Category.Hygiene] = [H("床单上有明显污渍和头发"), A("卫生间有很大的异味"), H("房间里发现蟑螂在爬"), H("毛巾发黄有霉味"), S("景区厕所脏得没法进"),
            A("餐具上有残留的饭粒没洗干净"), H("地毯潮湿发霉"), A("垃圾桶没倒满地烟头"), S("游步道两边垃圾堆积没人清理"), A("自助餐的水果有苍蝇")],
        [Category.Safety] = [H("浴室地面太滑没有防滑垫"), S("观景台护栏松动摇晃"), H("夜里有陌生人敲门推门"), A("停车场车窗被砸包被偷了"), A("消防通道被杂物堵死"),
            S("孩子在景区里走失半小时没人广播"), H("泳池没有救生员值守"), S("山路台阶破损没有警示"), H("房间保险箱里的现金不见了"), H("烟感报警器被拆掉了")],
        [Category.Price] = [H("结账时多收了一晚房费"), S("景区门票和官网价格不一样"), H("迷你吧没动过却被扣了钱"), H("退房押金一周还没退回来"), A("餐厅菜单没标价结账时天价"),
            A("停车费比公示的贵一倍"), H("预授权重复扣款两次"), A("发票金额和实际支付不符"), S("索道票价临时上涨没有提前公告"), A("优惠券结账时不给用")],
        [Category.Information] = [A("官网写的开放时间和实际不一致"), S("园区指示牌错误走了冤枉路"), H("预订时没告知泳池在维修"), S("请问景区几点停止入园", CaseKind.Inquiry),
            A("电话咨询三次回答都不一样"), H("宣传图片上的海景房其实看不到海"), S("演出时间变更没有通知"), H("早餐时间没有任何说明"), S("想了解老年人门票优惠政策", CaseKind.Inquiry),
            S("地图上标的换乘点已经取消")],
        [Category.Contract] = [S("旅行社擅自增加购物点"), S("合同约定的五星酒店换成了快捷酒店"), H("预订的大床房到店说超售了"), S("行程单上的景点被临时取消"), S("团费已付却被要求补交差价"),
            H("协议价会员到店不承认"), H("订单确认后酒店单方面取消"), S("导游强制消费不买不让走"), H("婚宴合同约定的菜品被替换"), A("包车合同写的司机没来换了人")],
        [Category.Other] = [A("建议增加一些儿童游乐设施", CaseKind.Suggestion), H("希望早餐能多些素食选择", CaseKind.Suggestion),
            H("想表扬一下客房的服务员", CaseKind.Praise, "客房服务员"), S("建议景区多设几个饮水点", CaseKind.Suggestion), S("希望延长夜游开放时间", CaseKind.Suggestion),
            H("感谢前台帮忙找回了手机", CaseKind.Praise, "前台接待员"), A("建议在停车场加充电桩", CaseKind.Suggestion), H("希望房间提供中文电视节目", CaseKind.Suggestion),
            H("想知道能否带宠物入住", CaseKind.Inquiry), A("建议增加无障碍通道", CaseKind.Suggestion), S("想表扬一下讲解员讲得很生动", CaseKind.Praise, "讲解员"),
            H("需要加一张婴儿床", CaseKind.Request), S("需要借用一台轮椅", CaseKind.Request)],
    };

    private static readonly string[] Openings = ["", "", "今天上午", "我们一家人", "周末带孩子来玩", "中午十二点左右", "晚上九点"];
    private static readonly string[] Places = ["停车场"];
    private static readonly Dictionary<DemoSite, (string[] Openings, string[] Places)> AtSite = new()
    {
        [DemoSite.Hotel] = (["昨天入住", "出差住了三晚"], ["1208房间", "西楼三层", "大堂", "二楼餐厅", "708房"]),
        [DemoSite.Scenic] = (["跟团游第二天", "国庆假期进山"], ["南门入口", "索道下站", "游客中心", "观光车站", "半山餐厅"]),
    };

    private static readonly string[] Closings = ["希望尽快处理", "请给个说法", "麻烦跟进一下", "", "", "体验很不好", "请回复", "已经和前台说过了", "希望以后改进", "等你们的答复"];
    private static readonly string[] Courtesies = ["", "", "谢谢", "请回复", "麻烦告知一下", "辛苦了"];

    private static readonly string[] MajorCues = ["这已经是第三次反映了", "要求全额退款并赔偿损失", "不解决就向旅游局投诉", "全家十几口人都受影响", "整个团三十多人都遇到了",
        "连续两天都是这样", "已经拨打12345反映", "问题非常严重影响了整个行程"];
    private static readonly string[] UrgentCues = ["孩子被烫伤已经送医", "老人摔倒头部流血", "已经报警等警察过来", "记者已经在现场拍摄", "有人晕倒了需要救护车",
        "怀疑食物中毒好几个人上吐下泻", "火警铃响了却没人疏散", "要在微博上曝光"];

    public static IReadOnlyList<LabelledCase> Generate(int count, int seed)
    {
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var categories = Matters.Keys.ToArray();
        Matter[] At(DemoSite site, IEnumerable<Matter> matters) => [.. matters.Where(m => m.Site is null || m.Site == site)];
        var complaints = Enum.GetValues<DemoSite>().ToDictionary(s => s, s => At(s, Matters.Values.SelectMany(m => m).Where(m => m.Kind == CaseKind.Complaint)));
        var cases = new List<LabelledCase>(count);
        for (var i = 0; i < count; i++)
        {
            var site = random.NextDouble() < 0.55 ? DemoSite.Hotel : DemoSite.Scenic;
            var category = Pick(categories);
            var matter = Pick(At(site, Matters[category]));
            var complaint = matter.Kind == CaseKind.Complaint;
            var roll = random.NextDouble();
            var severity = !complaint ? Severity.General : roll < 0.15 ? Severity.Urgent : roll < 0.40 ? Severity.Major : Severity.General;
            var opening = Pick([.. Openings, .. AtSite[site].Openings]);
            var parts = new List<string> { complaint ? opening + Pick([.. Places, .. AtSite[site].Places]) + matter.Text : opening + matter.Text };
            if (complaint && random.NextDouble() < 0.2)
            {
                parts.Add("另外" + Pick(complaints[site]).Text);
            }

            // A fifth of the serious cases say nothing that shows it; the agent knew from the call.
            if (severity != Severity.General && random.NextDouble() >= 0.2)
            {
                parts.Add(Pick(severity == Severity.Urgent ? UrgentCues : MajorCues));
            }

            parts.Add(Pick(complaint ? Closings : Courtesies));
            var title = matter.Text.Length > 12 ? matter.Text[..(8 + random.Next(5))] : matter.Text;
            if (random.NextDouble() < 0.05)
            {
                category = Pick(categories);
            }

            var id = new Guid([.. Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256))]);
            cases.Add(new LabelledCase(id, site, matter.Kind, title, string.Join('，', parts.Where(p => p.Length > 0)) + "。", category, severity, matter.Praised));
        }

        return cases;
    }
}
