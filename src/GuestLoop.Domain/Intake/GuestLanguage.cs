namespace GuestLoop.Domain.Intake;

/// <summary>
/// The language to write to a guest in: Chinese when they wrote any Chinese, English when they wrote only Latin
/// script, Chinese when nothing they wrote tells (the default of the service standards).
/// </summary>
public static class GuestLanguage
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static string Of(params string?[] texts)
    {
        var latin = false;
        foreach (var text in texts)
        {
            foreach (var ch in text ?? string.Empty)
            {
                if (ch is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf')
                {
                    return Chinese;
                }

                latin |= ch is >= 'A' and <= 'Z' or >= 'a' and <= 'z';
            }
        }

        return latin ? English : Chinese;
    }
}
