namespace GuestLoop.Web.Features.Cases;

/// <summary>
/// GuestLoop:Lists:CountCap — a case list counts its cases up to this many (10,000 unless set); beyond, its total is
/// reported as a lower bound and shown as "10,000+", so a list of a million cases costs what a list of ten thousand does.
/// </summary>
public sealed record CaseListSettings(int CountCap)
{
    public static CaseListSettings From(IConfiguration config) => new(Math.Max(1, config.GetValue("GuestLoop:Lists:CountCap", 10_000)));
}
