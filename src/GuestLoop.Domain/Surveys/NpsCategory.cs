namespace GuestLoop.Domain.Surveys;

/// <summary>The Net Promoter groups: 0–6 detractors, 7–8 passives, 9–10 promoters.</summary>
public enum NpsCategory
{
    Detractor,
    Passive,
    Promoter,
}
