namespace GuestLoop.Domain.Cases;

/// <summary>Classification of the matter (服务质量, 设施设备, 环境卫生, 安全保卫, 价格, 信息, 合同, 其他).</summary>
public enum Category
{
    Unclassified,
    ServiceQuality,
    Facility,
    Hygiene,
    Safety,
    Price,
    Information,
    Contract,
    Other,
}
