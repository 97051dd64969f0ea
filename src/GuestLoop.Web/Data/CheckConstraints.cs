using System.Data.Common;

namespace GuestLoop.Web.Data;

/// <summary>Recognises the database's refusal of a row by a named check constraint, on SQLite and PostgreSQL alike.</summary>
public static class CheckConstraints
{
    /// <summary>True when the exception or one inside it is the database refusing a row by one of <paramref name="names"/>.</summary>
    public static bool Violated(Exception? e, params string[] names)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is DbException && names.Any(n => e.Message.Contains(n, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
