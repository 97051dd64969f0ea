using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Domain.Tests.WorkOrders;

/// <summary>Who may supervise and configure work orders, and how a profile's skills are read.</summary>
public class WorkOrderAuthorityTests
{
    [Theory]
    [InlineData(AuthorityLevel.Level1, false, true, true)]
    [InlineData(AuthorityLevel.Level2, false, true, true)]
    [InlineData(AuthorityLevel.Level3, false, true, false)]
    [InlineData(AuthorityLevel.None, false, false, false)]
    [InlineData(AuthorityLevel.None, true, true, true)]
    public void Supervising_needs_level_3_and_configuring_level_2(AuthorityLevel held, bool administrator, bool supervise, bool configure)
    {
        Assert.Equal(supervise, WorkOrderAuthority.MaySupervise(held, administrator));
        Assert.Equal(configure, WorkOrderAuthority.MayConfigure(held, administrator));
        if (!supervise)
        {
            var e = Assert.Throws<WorkOrderDeniedException>(() => WorkOrderAuthority.RequireSupervisor(held, administrator, "assign"));
            Assert.Equal(DomainErrorKind.Forbidden, e.Kind);
        }
    }

    [Fact]
    public void Skills_are_read_from_any_usual_separator_ignoring_case()
    {
        var skills = StaffSkills.Parse(" Housekeeping，电工; plumbing、 luggage ");

        Assert.Equal(4, skills.Count);
        Assert.Contains("housekeeping", skills);
        Assert.Contains("电工", skills);
        Assert.Empty(StaffSkills.Parse(null));
    }
}
