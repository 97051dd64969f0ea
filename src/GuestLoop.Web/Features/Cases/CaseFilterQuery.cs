using GuestLoop.Domain;
using GuestLoop.Domain.Cases;

namespace GuestLoop.Web.Features.Cases;

/// <summary>
/// A case-list filter from a query string — the API list, its CSV export and the workspace inbox read the same
/// names, so a dashboard link opens the same cases everywhere: status, kind, category, channel, severity, property
/// (code), department (id), from/to (instants, received), reopened (at least n times), repeat=true, q, view, and the order:
/// sort (urgency|received|number|severity|due|assignee) with dir (asc|desc).
/// </summary>
public static class CaseFilterQuery
{
    public static CaseFilter Parse(Func<string, string?> get, FieldErrors errors)
    {
        Guid? department = null;
        if (get("department") is { Length: > 0 } d)
        {
            if (Guid.TryParse(d, out var id))
            {
                department = id;
            }
            else
            {
                errors.Add("department", "Not a department id.");
            }
        }

        int? reopened = null;
        if (get("reopened") is { Length: > 0 } r)
        {
            if (int.TryParse(r, out var n) && n >= 0)
            {
                reopened = n;
            }
            else
            {
                errors.Add("reopened", "A whole number, 0 or more.");
            }
        }

        var view = CaseView.All;
        if (get("view") is { Length: > 0 } v && !Enum.TryParse(v, ignoreCase: true, out view))
        {
            errors.Add("view", $"'{v}' is not a view.");
        }

        var descending = false;
        if (get("dir") is { Length: > 0 } dir)
        {
            if (dir is "asc" or "desc")
            {
                descending = dir == "desc";
            }
            else
            {
                errors.Add("dir", "asc or desc.");
            }
        }

        return new CaseFilter(Optional<CaseStatus>("status", get, errors), Optional<CaseKind>("kind", get, errors), get("property"), get("q"), view,
            Severity: Optional<Severity>("severity", get, errors))
        {
            Category = Optional<Category>("category", get, errors),
            Channel = Optional<Channel>("channel", get, errors),
            DepartmentId = department,
            From = CreateCaseRequest.ParseInstant("from", get("from"), errors),
            To = CreateCaseRequest.ParseInstant("to", get("to"), errors),
            MinReopens = reopened,
            RepeatComplainants = string.Equals(get("repeat"), "true", StringComparison.OrdinalIgnoreCase),
            Sort = Optional<CaseSort>("sort", get, errors),
            Descending = descending,
        };
    }

    private static T? Optional<T>(string field, Func<string, string?> get, FieldErrors errors) where T : struct, Enum =>
        get(field) is { Length: > 0 } value ? CreateCaseRequest.ParseEnum<T>(field, value, errors) : null;
}
