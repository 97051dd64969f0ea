namespace GuestLoop.Domain.Analytics;

/// <summary>NPS: promoters (9–10) less detractors (0–6), as a share of all answers, −100 to 100.</summary>
public static class NetPromoter
{
    public static bool IsPromoter(int score) => score >= 9;

    public static bool IsDetractor(int score) => score <= 6;

    public static double? Score(long promoters, long detractors, long answers) =>
        answers == 0 ? null : Math.Round(100.0 * (promoters - detractors) / answers, 1);
}
