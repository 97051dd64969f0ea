using GuestLoop.Domain.Cases;

namespace GuestLoop.Web.Tests.Features.Triage;

public sealed record LabelledCase(Guid Id, string Title, string Description, Category Category, Severity Severity);

/// <summary>
/// Triaged cases of a hotel and scenic area as agents wrote them, built from phrase pools: each category has many ways
/// to say its matter and shares its openings, places and demands with the others; a fifth of the cases also mention a
/// second matter, severity cues are left out of some major and urgent cases, and a few labels are what a hurried agent
/// chose. No one word separates a category, so the model has to weigh many.
/// </summary>
public static class TriageCorpus
{
    private static readonly Dictionary<Category, string[]> Matters = new()
    {
        [Category.ServiceQuality] = ["前台服务员态度很差，问了两遍都不理人", "入住办理等了四十分钟没人管", "餐厅服务员上菜时把汤洒了还不道歉", "导游全程玩手机讲解敷衍了事",
            "保安说话很冲让人很不舒服", "客房送物品说十分钟到结果一小时才来", "投诉后经理互相推诿没人负责", "讲解员不耐烦打断游客提问", "礼宾部把行李送错了房间", "早餐时服务人员对老人很冷漠"],
        [Category.Facility] = ["房间空调不制冷一直吹热风", "电梯停在十二楼门打不开", "淋浴没有热水洗到一半变凉", "卫生间天花板漏水滴到床上", "房间网络连不上wifi一直断",
            "缆车运行中突然停了十分钟", "马桶堵了冲不下去", "房卡门锁失灵进不了房间", "隔壁装修噪音从早到晚", "景区游船发动机坏了停在湖中间"],
        [Category.Hygiene] = ["床单上有明显污渍和头发", "卫生间有很大的异味", "房间里发现蟑螂在爬", "毛巾发黄有霉味", "景区厕所脏得没法进",
            "餐具上有残留的饭粒没洗干净", "地毯潮湿发霉", "垃圾桶没倒满地烟头", "游步道两边垃圾堆积没人清理", "自助餐的水果有苍蝇"],
        [Category.Safety] = ["浴室地面太滑没有防滑垫", "观景台护栏松动摇晃", "夜里有陌生人敲门推门", "停车场车窗被砸包被偷了", "消防通道被杂物堵死",
            "孩子在景区里走失半小时没人广播", "泳池没有救生员值守", "山路台阶破损没有警示", "房间保险箱里的现金不见了", "烟感报警器被拆掉了"],
        [Category.Price] = ["结账时多收了一晚房费", "景区门票和官网价格不一样", "迷你吧没动过却被扣了钱", "退房押金一周还没退回来", "餐厅菜单没标价结账时天价",
            "停车费比公示的贵一倍", "预授权重复扣款两次", "发票金额和实际支付不符", "索道票价临时上涨没有提前公告", "优惠券结账时不给用"],
        [Category.Information] = ["官网写的开放时间和实际不一致", "园区指示牌错误走了冤枉路", "预订时没告知泳池在维修", "请问景区几点停止入园", "电话咨询三次回答都不一样",
            "宣传图片上的海景房其实看不到海", "演出时间变更没有通知", "早餐时间没有任何说明", "想了解老年人门票优惠政策", "地图上标的换乘点已经取消"],
        [Category.Contract] = ["旅行社擅自增加购物点", "合同约定的五星酒店换成了快捷酒店", "预订的大床房到店说超售了", "行程单上的景点被临时取消", "团费已付却被要求补交差价",
            "协议价会员到店不承认", "订单确认后酒店单方面取消", "导游强制消费不买不让走", "婚宴合同约定的菜品被替换", "包车合同写的司机没来换了人"],
        [Category.Other] = ["建议增加一些儿童游乐设施", "希望早餐能多些素食选择", "想表扬一下客房的服务员", "建议景区多设几个饮水点", "希望延长夜游开放时间",
            "感谢前台帮忙找回了手机", "建议在停车场加充电桩", "希望房间提供中文电视节目", "想知道能否带宠物入住", "建议增加无障碍通道"],
    };

    private static readonly string[] Openings = ["", "", "昨天入住", "今天上午", "我们一家人", "周末带孩子来玩", "出差住了三晚", "跟团游第二天", "中午十二点左右", "晚上九点"];
    private static readonly string[] Places = ["1208房间", "西楼三层", "南门入口", "大堂", "二楼餐厅", "索道下站", "游客中心", "停车场", "708房", "观光车站"];
    private static readonly string[] Closings = ["希望尽快处理", "请给个说法", "麻烦跟进一下", "", "", "体验很不好", "请回复", "已经和前台说过了", "希望以后改进", "等你们的答复"];

    private static readonly string[] MajorCues = ["这已经是第三次反映了", "要求全额退款并赔偿损失", "不解决就向旅游局投诉", "全家十几口人都受影响", "整个团三十多人都遇到了",
        "连续两天都是这样", "已经拨打12345反映", "问题非常严重影响了整个行程"];
    private static readonly string[] UrgentCues = ["孩子被烫伤已经送医", "老人摔倒头部流血", "已经报警等警察过来", "记者已经在现场拍摄", "有人晕倒了需要救护车",
        "怀疑食物中毒好几个人上吐下泻", "火警铃响了却没人疏散", "要在微博上曝光"];

    public static IReadOnlyList<LabelledCase> Generate(int count, int seed)
    {
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var categories = Matters.Keys.ToArray();
        var cases = new List<LabelledCase>(count);
        for (var i = 0; i < count; i++)
        {
            var category = Pick(categories);
            var matter = Pick(Matters[category]);
            var roll = random.NextDouble();
            var severity = roll < 0.15 ? Severity.Urgent : roll < 0.40 ? Severity.Major : Severity.General;
            var parts = new List<string> { Pick(Openings) + Pick(Places) + matter };
            if (random.NextDouble() < 0.2)
            {
                parts.Add("另外" + Pick(Matters[Pick(categories)]));
            }

            // A fifth of the serious cases say nothing that shows it; the agent knew from the call.
            if (severity != Severity.General && random.NextDouble() >= 0.2)
            {
                parts.Add(Pick(severity == Severity.Urgent ? UrgentCues : MajorCues));
            }

            parts.Add(Pick(Closings));
            var title = matter.Length > 12 ? matter[..(8 + random.Next(5))] : matter;
            if (random.NextDouble() < 0.05)
            {
                category = Pick(categories);
            }

            var id = new Guid([.. Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256))]);
            cases.Add(new LabelledCase(id, title, string.Join('，', parts.Where(p => p.Length > 0)) + "。", category, severity));
        }

        return cases;
    }
}
