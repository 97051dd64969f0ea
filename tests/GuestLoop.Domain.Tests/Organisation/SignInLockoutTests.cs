using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Organisation;

public class SignInLockoutTests
{
    private static readonly SignInLockout Rule = new(5, TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(10, true)]
    public void Every_fifth_failure_in_a_row_locks(int failures, bool locks) => Assert.Equal(locks, Rule.Locks(failures));

    [Theory]
    [InlineData(5, 5)]
    [InlineData(10, 10)]
    [InlineData(15, 20)]
    [InlineData(20, 40)]
    [InlineData(25, 60)]
    [InlineData(500, 60)]
    public void Each_lockout_lasts_twice_as_long_as_the_one_before_up_to_the_longest(int failures, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), Rule.Duration(failures));
}
