namespace GuestLoop.Bench.Scale;

/// <summary>Chinese case text from templates: what guests of hotels and scenic areas actually write about.</summary>
public static class CaseText
{
    private static readonly string[] Places = ["客房", "大堂", "餐厅", "前台", "停车场", "游泳池", "健身房", "索道", "游船码头", "售票处", "观光车站", "卫生间", "景区入口", "会议室", "电梯间"];

    private static readonly (string Topic, string Category, string Detail)[] Problems =
    [
        ("空调不制冷", "Facility", "空调一直吹热风，报修两次仍未解决"),
        ("电梯故障", "Safety", "电梯停在两层之间，被困十多分钟"),
        ("要求退款", "Price", "服务没有按约定提供，要求全额退款"),
        ("导游强制购物", "ServiceQuality", "导游带团进店强制购物，态度恶劣"),
        ("排队时间太长", "ServiceQuality", "排队一个多小时没有人维持秩序"),
        ("卫生不达标", "Hygiene", "床单有污渍，卫生间有异味"),
        ("WiFi信号差", "Facility", "房间WiFi经常断线，无法办公"),
        ("收费不透明", "Price", "结账时出现未告知的额外费用"),
        ("服务态度差", "ServiceQuality", "工作人员态度冷淡，不理会客人诉求"),
        ("预订信息错误", "Contract", "预订的房型与入住时不一致"),
        ("热水供应不足", "Facility", "晚上洗澡没有热水"),
        ("噪音扰民", "Facility", "隔壁装修噪音很大，无法休息"),
        ("餐食质量差", "Hygiene", "早餐菜品冷了，种类也少"),
        ("指示牌不清楚", "Information", "景区指示牌不清楚，走错路线"),
        ("门票价格争议", "Price", "老人优惠票没有按规定执行"),
        ("物品遗失", "Other", "在房间遗失钱包，希望帮忙查找"),
    ];

    private static readonly string[] Praise = ["前台服务热情周到", "导游讲解专业生动", "客房干净整洁", "工作人员帮忙找回遗失物品"];
    private static readonly string[] Suggestions = ["建议增加儿童游乐设施", "建议延长早餐时间", "建议增加充电桩", "建议开通线上预约"];
    private static readonly string[] Surnames = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "欧阳"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英"];
    private static readonly string[] Replies =
    [
        "经核实情况属实，已安排维修并向您致歉，感谢您的反馈。",
        "已按规定为您办理退款，款项将在三个工作日内到账。",
        "已对相关员工进行培训并调整服务流程，欢迎再次光临。",
        "已为您更换房间并赠送早餐，再次表示歉意。",
    ];

    public static (string Title, string Description, string Category, string Demands) For(string kind, Random r)
    {
        var place = Places[r.Next(Places.Length)];
        switch (kind)
        {
            case "Praise":
                var p = Praise[r.Next(Praise.Length)];
                return ($"表扬：{place}{p}", $"在{place}，{p}，特此表扬。", "ServiceQuality", string.Empty);
            case "Suggestion":
                var s = Suggestions[r.Next(Suggestions.Length)];
                return ($"{place}{s}", $"{s}，方便游客。", "Other", string.Empty);
            default:
                var (topic, category, detail) = Problems[r.Next(Problems.Length)];
                var second = Problems[r.Next(Problems.Length)];
                var prefix = kind == "Inquiry" ? "咨询：" : kind == "Request" ? "请求处理：" : string.Empty;
                return ($"{prefix}{place}{topic}", $"{r.Next(1, 28)}日在{place}，{detail}。另外{second.Detail}。", category, "希望尽快处理并给予答复");
        }
    }

    public static string Name(Random r) => Surnames[r.Next(Surnames.Length)] + Given[r.Next(Given.Length)] + (r.Next(3) == 0 ? Given[r.Next(Given.Length)] : string.Empty);

    public static string Reply(Random r) => Replies[r.Next(Replies.Length)];
}
