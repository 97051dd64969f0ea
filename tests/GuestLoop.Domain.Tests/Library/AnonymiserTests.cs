using GuestLoop.Domain.Library;

namespace GuestLoop.Domain.Tests.Library;

public class AnonymiserTests
{
    [Fact]
    public void Names_phones_emails_and_id_numbers_are_removed()
    {
        var text = "张伟先生（电话13800138000，邮箱zhangwei@example.com，身份证110101199003071234）反映张伟入住1208房间空调不制冷，座机010-12345678。";

        var stripped = Anonymiser.Strip(text, ["张伟", "13800138000", "zhangwei@example.com"]);

        Assert.DoesNotContain("张伟", stripped);
        Assert.DoesNotContain("张先生", stripped);
        Assert.DoesNotContain("13800138000", stripped);
        Assert.DoesNotContain("zhangwei", stripped);
        Assert.DoesNotContain("110101199003071234", stripped);
        Assert.DoesNotContain("12345678", stripped);
        Assert.Contains("1208房间空调不制冷", stripped);
        Assert.Contains(Anonymiser.Guest, stripped);
    }
}
