using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Cases;

public sealed partial class Case
{
    /// <summary>Risk words in what the guest wrote make the case urgent at once, with the words in the history.</summary>
    public bool FlagRisk(IReadOnlyList<string> words, DateTimeOffset now)
    {
        if (words.Count == 0 || IsClosed)
        {
            return false;
        }

        var before = Severity;
        Severity = Severity.Urgent;
        Record(now, Actor.System, CaseAction.FlagRisk, string.Join("、", words), before.ToString(), Severity.Urgent.ToString());
        return true;
    }
}
