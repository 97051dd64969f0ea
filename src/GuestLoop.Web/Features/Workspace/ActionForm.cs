using GuestLoop.Domain.Cases;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Workspace;

/// <summary>The fields of whichever step the user is about to take on the case page.</summary>
public sealed class ActionForm
{
    public Category Category { get; set; } = Category.ServiceQuality;
    public Severity Severity { get; set; } = Severity.General;
    public CaseObject? Object { get; set; } = CaseObject.Service;
    public int AssessSeverity { get; set; } = 1;
    public int AssessDifficulty { get; set; } = 1;
    public int AssessTimeliness { get; set; } = 2;
    public bool BusinessMatter { get; set; }
    public string? Findings { get; set; }
    public bool WithinScope { get; set; } = true;
    public bool ComplaintTrue { get; set; } = true;
    public bool EnterpriseAtFault { get; set; }
    public bool TouchesLawfulRights { get; set; }
    public bool HandlingCompliant { get; set; } = true;
    public string? ResponsibleDepartments { get; set; }
    public string? ResponsibleStaff { get; set; }
    public string? Plan { get; set; }
    public string? Text { get; set; }
    public DateTime? ExpectedBy { get; set; }
    public string Way { get; set; } = "phone";
    public int Satisfaction { get; set; } = 5;
    public Guid? DepartmentId { get; set; }
    public Guid? AssigneeId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Demands { get; set; }
    public string? Place { get; set; }

    /// <summary>The text the form opened with (a generated draft): a canned reply replaces it while it is untouched.</summary>
    public string? Drafted { get; private set; }

    public static ActionForm For(Case c, CaseAction action, IStringLocalizer localizer)
    {
        var form = Fields(c, action, localizer);
        form.Drafted = form.Text;
        return form;
    }

    private static ActionForm Fields(Case c, CaseAction action, IStringLocalizer localizer) => new()
    {
        Category = c.Category == Category.Unclassified ? Category.ServiceQuality : c.Category,
        Severity = c.Severity,
        Object = c.Object ?? CaseObject.Service,
        BusinessMatter = c.BusinessMatter,
        Findings = c.Findings,
        Plan = c.Plan,
        DepartmentId = c.DepartmentId,
        AssigneeId = c.AssigneeId,
        Title = c.Title,
        Description = c.Description,
        Demands = c.Demands,
        Place = c.Place,
        Text = action switch
        {
            CaseAction.Reply => ReplyDraft(c, localizer),
            CaseAction.InterimReply => InterimDraft(c, localizer),
            _ => null,
        },
    };

    /// <summary>The written reply states the findings, the measures and their effect, thanks and apology (DESIGN §3).</summary>
    private static string ReplyDraft(Case c, IStringLocalizer localizer) =>
        string.Format(localizer["Reply.Draft"], c.Complainant.Name ?? localizer["Reply.DefaultGuest"], c.Title, c.Findings ?? "…", c.Plan ?? "…");

    /// <summary>A case not solved at once is answered with the reason and the expected date (DESIGN §3); staff fill in both.</summary>
    private static string InterimDraft(Case c, IStringLocalizer localizer) =>
        string.Format(localizer["Reply.Interim.Draft"], c.Complainant.Name ?? localizer["Reply.DefaultGuest"], "…", "…");
}
