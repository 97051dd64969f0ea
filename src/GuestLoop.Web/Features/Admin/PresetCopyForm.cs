using GuestLoop.Web.Features.Sla;

namespace GuestLoop.Web.Features.Admin;

/// <summary>The copy's code, name and the property to move onto it, as typed on the calendar or policy page.</summary>
public sealed class PresetCopyForm
{
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public Guid? PropertyId { get; set; }

    public PresetCopy ToCopy() => new(Code, Name, PropertyId);
}
