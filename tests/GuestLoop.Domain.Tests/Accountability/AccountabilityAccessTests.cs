using GuestLoop.Domain.Accountability;
using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Accountability;

public class AccountabilityAccessTests
{
    private static readonly Guid Subject = Guid.NewGuid();
    private static readonly Guid Head = Guid.NewGuid();
    private static readonly Guid Peer = Guid.NewGuid();

    [Fact]
    public void The_person_their_head_level_1_and_administrators_read_peers_do_not()
    {
        Assert.True(AccountabilityAccess.CanRead(Subject, AuthorityLevel.None, false, Subject, Head));
        Assert.True(AccountabilityAccess.CanRead(Head, AuthorityLevel.Level2, false, Subject, Head));
        Assert.True(AccountabilityAccess.CanRead(Peer, AuthorityLevel.Level1, false, Subject, Head));
        Assert.True(AccountabilityAccess.CanRead(null, AuthorityLevel.None, true, Subject, Head));
        Assert.False(AccountabilityAccess.CanRead(Peer, AuthorityLevel.Level2, false, Subject, Head));
        Assert.False(AccountabilityAccess.CanRead(Peer, AuthorityLevel.Level3, false, Subject, null));
    }

    [Fact]
    public void The_person_reads_but_does_not_record_about_themselves()
    {
        Assert.False(AccountabilityAccess.CanRecord(Subject, AuthorityLevel.Level2, false, Subject, Subject));
        Assert.True(AccountabilityAccess.CanRecord(Head, AuthorityLevel.Level3, false, Subject, Head));
        Assert.False(AccountabilityAccess.CanRecord(Peer, AuthorityLevel.Level2, false, Subject, Head));
    }
}
