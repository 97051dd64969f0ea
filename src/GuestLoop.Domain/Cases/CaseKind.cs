namespace GuestLoop.Domain.Cases;

/// <summary>What the guest's voice is: 投诉, 建议, 表扬, 服务请求, 咨询.</summary>
public enum CaseKind
{
    Complaint,
    Suggestion,
    Praise,
    Request,
    Inquiry,
}
