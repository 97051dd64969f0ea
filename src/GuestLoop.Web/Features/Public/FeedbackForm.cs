using GuestLoop.Domain.Cases;

namespace GuestLoop.Web.Features.Public;

/// <summary>The guest's feedback form as posted from /feedback.</summary>
public sealed class FeedbackForm
{
    public string? Property { get; set; }
    public string? Kind { get; set; } = "complaint";
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Demands { get; set; }
    public string? Place { get; set; }
    public string? OccurredAt { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>For a praise: the staff the guest wants to praise, as they know them.</summary>
    public string? PraisedNames { get; set; }

    /// <summary>Left empty by people; bots fill it in.</summary>
    public string? Website { get; set; }

    public static readonly CaseKind[] PublicKinds = [CaseKind.Complaint, CaseKind.Suggestion, CaseKind.Praise];

    public static FeedbackForm From(IFormCollection form) => new()
    {
        Property = form["property"], Kind = form["kind"], Title = form["title"], Description = form["description"],
        Demands = form["demands"], Place = form["place"], OccurredAt = form["occurredAt"], Name = form["name"],
        Phone = form["phone"], Email = form["email"], Website = form["website"], PraisedNames = form["praisedNames"],
    };
}

/// <summary>How many files one feedback may carry and how many bytes together (each file also within the evidence maximum).</summary>
public sealed record FeedbackLimits(int MaxFiles, long MaxTotalBytes)
{
    public static FeedbackLimits From(IConfiguration config) => new(
        config.GetValue("GuestLoop:Feedback:MaxFiles", 5),
        config.GetValue("GuestLoop:Feedback:MaxTotalBytes", 50L * 1024 * 1024));
}
