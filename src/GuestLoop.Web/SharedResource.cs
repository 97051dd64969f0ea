namespace GuestLoop.Web;

/// <summary>Marker for the UI strings in Resources/SharedResource*.resx (Simplified Chinese default, English).</summary>
public sealed class SharedResource;
