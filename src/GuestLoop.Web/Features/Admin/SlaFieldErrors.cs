namespace GuestLoop.Web.Features.Admin;

/// <summary>
/// The resource key that explains a calendar or policy validation error on the admin pages. Each field path has
/// one kind of problem, so the path alone picks the text shown in the user's language.
/// </summary>
public static class SlaFieldErrors
{
    public static string ResourceKey(string field)
    {
        var last = field[(field.LastIndexOf('.') + 1)..];
        return field switch
        {
            "code" or "copy.code" => "Admin.Error.Code",
            "copy.property" => "Sla.Error.CopyProperty",
            "timeZone" => "Admin.Error.TimeZone",
            "shifts" => "Sla.Error.NoShifts",
            _ when field.StartsWith("shifts[", StringComparison.Ordinal) => "Sla.Error.Shift",
            _ when field.StartsWith("days[", StringComparison.Ordinal) && last == "date" => "Sla.Error.DayDate",
            _ when field.StartsWith("rules[", StringComparison.Ordinal) && last == "amount" => "Sla.Error.Amount",
            _ when field.StartsWith("rules[", StringComparison.Ordinal) && last == "targets" => "Sla.Error.DuplicateStage",
            _ when field.StartsWith("rules[", StringComparison.Ordinal) && !field.Contains('.') => "Sla.Error.DuplicateRule",
            _ when last == "name" => "Sla.Error.Name",
            _ => "Sla.Error.Invalid",
        };
    }
}
