using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Intake;

namespace GuestLoop.Domain.Tests.Intake;

public sealed class ImportRowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Property = Guid.NewGuid();

    private static ImportRow Row(params (ImportField Field, string Value)[] values) =>
        new(2, values.ToDictionary(v => v.Field, v => v.Value));

    private static ImportRow Good(params (ImportField, string)[] more) =>
        Row([(ImportField.Title, "前台排队太久"), (ImportField.Description, "周五晚上办理入住等了40分钟。"), .. more]);

    [Fact]
    public void A_row_with_title_and_description_is_a_complaint_on_the_platform_channel()
    {
        var (c, errors) = Good().ToNewCase(Property, Now);

        Assert.Empty(errors);
        Assert.Equal(CaseKind.Complaint, c!.Kind);
        Assert.Equal(Channel.Platform, c.Channel);
        Assert.Equal(Property, c.PropertyId);
    }

    [Fact]
    public void Chinese_labels_and_english_names_are_both_understood()
    {
        var (c, errors) = Good((ImportField.Kind, "建议"), (ImportField.Channel, "phone"), (ImportField.Category, "环境卫生"), (ImportField.Severity, "重大"))
            .ToNewCase(Property, Now);

        Assert.Empty(errors);
        Assert.Equal((CaseKind.Suggestion, Channel.Phone, Category.Hygiene, Severity.Major), (c!.Kind, c.Channel, c.Category!.Value, c.Severity!.Value));
    }

    [Fact]
    public void A_date_without_offset_is_china_time()
    {
        var (c, _) = Good((ImportField.ReceivedAt, "2026-11-20 09:30")).ToNewCase(Property, Now);

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 1, 30, 0, TimeSpan.Zero), c!.ReceivedAt);
    }

    [Fact]
    public void A_date_with_an_offset_keeps_it()
    {
        var (c, _) = Good((ImportField.OccurredAt, "2026-11-20T09:30:00Z")).ToNewCase(Property, Now);

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero), c!.OccurredAt);
    }

    [Fact]
    public void Every_reason_of_a_bad_row_is_given()
    {
        var (c, errors) = Row((ImportField.Kind, "抱怨"), (ImportField.ReceivedAt, "明天"), (ImportField.CustomerEmail, "no-at-sign"))
            .ToNewCase(Property, Now);

        Assert.Null(c);
        Assert.Contains(errors, e => e.StartsWith("kind:"));
        Assert.Contains(errors, e => e.StartsWith("receivedAt:"));
        Assert.Contains(errors, e => e.StartsWith("customerEmail:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("title:"));
        Assert.Contains(errors, e => e.StartsWith("description:"));
    }

    [Fact]
    public void A_case_received_in_the_future_is_refused()
    {
        var (_, errors) = Good((ImportField.ReceivedAt, "2027-01-01 10:00")).ToNewCase(Property, Now);

        Assert.Contains(errors, e => e.StartsWith("receivedAt:"));
    }

    [Fact]
    public void The_dedupe_key_is_the_reference_or_else_a_hash_of_the_values()
    {
        Assert.Equal("ref:OTA-7", Good((ImportField.ExternalRef, " OTA-7 ")).DedupeKey());
        Assert.StartsWith("row:", Good().DedupeKey());
        Assert.Equal(Good().DedupeKey(), Good().DedupeKey());
        Assert.NotEqual(Good().DedupeKey(), Good((ImportField.Place, "大堂")).DedupeKey());
    }

    [Fact]
    public void A_mapping_needs_title_and_description_and_existing_columns()
    {
        var mapping = new ImportMapping(new Dictionary<string, ImportField> { ["标题"] = ImportField.Title, ["备注"] = ImportField.Demands });

        var errors = mapping.Check(["标题", "内容"]);

        Assert.Contains(errors, e => e.Contains("'备注'"));
        Assert.Contains(errors, e => e.Contains(nameof(ImportField.Description)));
    }
}
