namespace GuestLoop.Domain.WorkOrders;

/// <summary>
/// A kind of guest request or job a property handles (extra towels, a plumbing repair, a wheelchair loan): the department
/// that answers for it, the skill it needs, and its targets in clock minutes — properties work around the clock, so no
/// working calendar applies. <see cref="NeedsVerification"/>: a supervisor checks the work before it counts as done.
/// </summary>
public sealed record RequestType
{
    /// <summary>30 days: a longer target is a project, not a guest request.</summary>
    public const int MaxMinutes = 30 * 24 * 60;

    public RequestType(string code, string name, Guid departmentId, string skill, int responseMinutes, int completionMinutes, bool needsVerification)
    {
        var errors = new FieldErrors();
        errors.RequireText(("code", code), ("name", name), ("skill", skill));
        if (responseMinutes is <= 0 or > MaxMinutes)
        {
            errors.Add("responseMinutes", "From one minute to 30 days.");
        }

        if (completionMinutes < responseMinutes || completionMinutes > MaxMinutes)
        {
            errors.Add("completionMinutes", "At least the response target, at most 30 days.");
        }

        errors.ThrowIfAny();
        (Code, Name, DepartmentId, Skill, ResponseMinutes, CompletionMinutes, NeedsVerification) =
            (code.Trim(), name.Trim(), departmentId, skill.Trim(), responseMinutes, completionMinutes, needsVerification);
    }

    public string Code { get; }

    public string Name { get; }

    public Guid DepartmentId { get; }

    public string Skill { get; }

    /// <summary>From the request to a staff member accepting it.</summary>
    public int ResponseMinutes { get; }

    /// <summary>From the request to the work done.</summary>
    public int CompletionMinutes { get; }

    public bool NeedsVerification { get; }
}
