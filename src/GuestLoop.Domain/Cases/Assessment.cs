namespace GuestLoop.Domain.Cases;

/// <summary>Triage assessment on small 1–3 scales: how severe, how hard to handle, how urgent the guest needs it.</summary>
public sealed record Assessment(int Severity, int Difficulty, int Timeliness)
{
    public const int Min = 1;
    public const int Max = 3;

    public static readonly Assessment Default = new(1, 1, 2);

    public IEnumerable<(string Field, int Value)> Scales()
    {
        yield return ("assessment.severity", Severity);
        yield return ("assessment.difficulty", Difficulty);
        yield return ("assessment.timeliness", Timeliness);
    }
}
