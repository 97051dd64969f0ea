using System.Linq.Expressions;

namespace GuestLoop.Web.Features.Account;

/// <summary>
/// The one rule every property-bound list follows: a caller who sees every property sees every row; anyone else only
/// the rows of the properties in their scope. Written once as a query filter so each area names only which column
/// holds the property.
/// </summary>
public static class PropertyScoping
{
    private static readonly System.Reflection.MethodInfo Contains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(Guid));

    public static IQueryable<T> InScope<T>(this IQueryable<T> rows, AccessScope scope, Expression<Func<T, Guid>> property)
    {
        if (scope.AllProperties)
        {
            return rows;
        }

        // Read through a member of a constant, as a captured variable is: the query sends the list as a parameter, so
        // one query plan serves every caller.
        var seen = Expression.Property(Expression.Constant(new Seen(scope.PropertyIds.ToList())), nameof(Seen.Ids));
        var test = Expression.Call(Contains, seen, property.Body);
        return rows.Where(Expression.Lambda<Func<T, bool>>(test, property.Parameters));
    }

    private sealed record Seen(List<Guid> Ids);
}
