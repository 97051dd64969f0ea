using System.Linq.Expressions;

namespace GuestLoop.Web.Features.Analytics;

/// <summary>
/// The index of the time bucket an instant falls in, as an expression EF turns into a nested CASE: a binary
/// search over the bucket starts, so each row costs a handful of comparisons and both databases group by it.
/// Instants before the first start get -1; the caller filters those out.
/// </summary>
public static class BucketIndex
{
    public static Expression<Func<T, int>> Of<T>(Expression<Func<T, DateTimeOffset>> instant, IReadOnlyList<DateTimeOffset> starts)
    {
        var body = Search(instant.Body, starts, 0, starts.Count - 1, -1);
        return Expression.Lambda<Func<T, int>>(body, instant.Parameters);
    }

    /// <summary>Puts the bucket expression where the shape takes its int argument, so a projection can group by it.</summary>
    public static Expression<Func<T, TOut>> Into<T, TOut>(Expression<Func<T, int, TOut>> shape, Expression<Func<T, int>> bucket)
    {
        var item = shape.Parameters[0];
        var index = new Replace(bucket.Parameters[0], item).Visit(bucket.Body)!;
        var body = new Replace(shape.Parameters[1], index).Visit(shape.Body)!;
        return Expression.Lambda<Func<T, TOut>>(body, item);
    }

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }

    // Buckets lo..hi, with fallback the answer when the instant is before starts[lo].
    private static Expression Search(Expression instant, IReadOnlyList<DateTimeOffset> starts, int lo, int hi, int fallback)
    {
        if (lo > hi)
        {
            return Expression.Constant(fallback);
        }

        var mid = (lo + hi + 1) / 2;
        var start = Expression.Constant(starts[mid]);
        return Expression.Condition(
            Expression.LessThan(instant, start),
            Search(instant, starts, lo, mid - 1, fallback),
            Search(instant, starts, mid + 1, hi, mid));
    }
}
