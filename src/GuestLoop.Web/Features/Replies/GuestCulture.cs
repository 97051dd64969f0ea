using System.Globalization;
using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Intake;

namespace GuestLoop.Web.Features.Replies;

/// <summary>Text for the guest is written in the guest's language (<see cref="GuestLanguage"/>), whatever the staff member's screen shows.</summary>
public static class GuestCulture
{
    public static string Of(Case c) => GuestLanguage.Of(c.Title, c.Description);

    public static T In<T>(string language, Func<T> write)
    {
        var before = CultureInfo.CurrentUICulture;
        var beforeFormat = CultureInfo.CurrentCulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
            CultureInfo.CurrentCulture = beforeFormat;
        }
    }
}
