using System.Globalization;
using System.Text;
using GuestLoop.Domain.Compensation;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Features.Compensation;

/// <summary>
/// The written reply's first draft in the reader's language: thanks, the findings, the measures and their effect,
/// the compensation, and an apology — the structure the service standards ask of a written reply.
/// </summary>
public static class ReplyDraftText
{
    public static string Compose(IStringLocalizer<SharedResource> l, ReplyDraft draft)
    {
        var text = new StringBuilder();
        text.AppendLine(draft.Guest.Length > 0 ? l["Reply.Draft.Greeting", draft.Guest] : l["Reply.Draft.GreetingAnonymous"]);
        text.AppendLine(l["Reply.Draft.Thanks"]);
        if (draft.Findings is { } findings)
        {
            text.AppendLine(l["Reply.Draft.Findings", findings]);
        }

        if (draft.ApprovedPlan is { } plan)
        {
            text.AppendLine(l["Reply.Draft.Plan", plan]);
        }

        if (draft.Done.Count + draft.Planned.Count + draft.Compensations.Count > 0)
        {
            text.AppendLine(l["Reply.Draft.Measures"]);
            var n = 1;
            foreach (var r in draft.Done)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{n++}. {l["Reply.Draft.MeasureDone", l["Remedy.Kind." + r.Kind], r.Description]}");
            }

            foreach (var r in draft.Planned)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{n++}. {l["Reply.Draft.MeasurePlanned", l["Remedy.Kind." + r.Kind], r.Description, r.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]}");
            }

            foreach (var c in draft.Compensations)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{n++}. {l["Reply.Draft.Compensation", l["Compensation.Method." + c.Method], c.Money.ToString(), c.Scope]}");
            }
        }

        text.Append(l["Reply.Draft.Apology"]);
        return text.ToString();
    }
}
