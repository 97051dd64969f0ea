using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Tests.Cases;

/// <summary>
/// Severity is stored by its name, and the work-queue order sorts on that text (most severe first, descending), so the
/// names must sort as the severities rank; a new severity whose name breaks that fails here before it misorders the inbox.
/// </summary>
public sealed class SeverityTests
{
    [Fact]
    public void The_names_sort_ordinally_as_the_severities_rank()
    {
        var byRank = Enum.GetValues<Severity>().OrderBy(s => (int)s).Select(s => s.ToString());
        var byName = Enum.GetNames<Severity>().Order(StringComparer.Ordinal);

        Assert.Equal(byRank, byName);
    }
}
