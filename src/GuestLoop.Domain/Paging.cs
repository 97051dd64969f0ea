namespace GuestLoop.Domain;

/// <summary>A list's page and page size as a caller asks for them: pages from 1, sizes from 1 to a limit.</summary>
public static class Paging
{
    public const int MaxPageSize = 200;

    /// <summary>Adds the problems of <c>page</c> and <c>pageSize</c>, if any.</summary>
    public static void Check(int page, int pageSize, FieldErrors errors)
    {
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"From 1 to {MaxPageSize}.");
        }

        if (page < 1)
        {
            errors.Add("page", "From 1.");
        }
    }
}
