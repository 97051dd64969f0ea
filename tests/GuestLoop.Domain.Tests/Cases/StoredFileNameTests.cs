using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Tests.Cases;

public sealed class StoredFileNameTests
{
    [Theory]
    [InlineData("photo\u202Egpj.exe", "photogpj.exe")]
    [InlineData("\u202A\u202B\u202C\u202D\u202E票据.pdf", "票据.pdf")]
    [InlineData("a\u2066b\u2067c\u2068d\u2069.png", "abcd.png")]
    [InlineData("\u200E收据\u200F\u061C.jpg", "收据.jpg")]
    [InlineData("C:\\Users\\guest\\房间.jpg", "房间.jpg")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("line\r\nbreak\t.png", "linebreak.png")]
    public void Direction_marks_control_characters_and_folders_are_removed(string raw, string kept)
    {
        Assert.Equal(kept, StoredFileName.Clean(raw));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\u202E\u200F")]
    [InlineData("folder/")]
    [InlineData("..")]
    public void Nothing_left_becomes_the_fallback_name(string? raw)
    {
        Assert.Equal(StoredFileName.Fallback, StoredFileName.Clean(raw));
    }

    [Fact]
    public void A_caller_may_name_its_own_fallback()
    {
        Assert.Equal("import", StoredFileName.Clean("\u2067", "import"));
        Assert.Equal("季度\u0020表.csv", StoredFileName.Clean("\u202B季度 表.csv\u202C", "import"));
    }

    [Fact]
    public void A_long_name_is_cut_without_splitting_a_character()
    {
        var name = new string('a', StoredFileName.MaxLength - 1) + "𠀀.png";

        var cleaned = StoredFileName.Clean(name);

        Assert.Equal(StoredFileName.MaxLength - 1, cleaned.Length);
        Assert.False(char.IsHighSurrogate(cleaned[^1]));
    }

    [Fact]
    public void Evidence_keeps_the_cleaned_name()
    {
        var evidence = new CaseEvidence("invoice\u202Efdp.exe", "application/pdf", 10, "k", "0", DateTimeOffset.UnixEpoch, "guest", true);

        Assert.Equal("invoicefdp.exe", evidence.FileName);
    }
}
