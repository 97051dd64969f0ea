using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests.Organisation;

public sealed class ApiKeyRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Hotel = Guid.NewGuid();
    private static readonly Guid Scenic = Guid.NewGuid();

    private static ApiKeyGrant Grant(string? name = "PMS", DateTimeOffset? expires = null, bool all = false, params Guid[] properties) =>
        new(name, null, StaffRole.Agent, AuthorityLevel.None, all, properties.Length == 0 && !all ? [Hotel] : properties, false, expires);

    [Fact]
    public void A_complete_grant_has_no_field_errors() =>
        Assert.False(ApiKeyRules.Check(Grant(expires: Now.AddDays(90)), Now, _ => true).Any);

    [Fact]
    public void A_grant_without_name_role_or_property_and_with_a_past_expiry_names_each_field()
    {
        var errors = ApiKeyRules.Check(new ApiKeyGrant(" ", null, null, null, false, [], false, Now.AddMinutes(-1)), Now, _ => true);

        Assert.Equal(["expiresAt", "name", "properties", "role"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_key_acts_as_a_staff_member_or_has_a_role_not_both() =>
        Assert.True(ApiKeyRules.Check(Grant() with { ActingStaffId = Guid.NewGuid() }, Now, _ => true).ContainsKey("role"));

    [Fact]
    public void An_unknown_property_and_an_expiry_beyond_two_years_are_refused()
    {
        var errors = ApiKeyRules.Check(Grant(expires: Now.AddDays(800)), Now, p => p != Hotel);

        Assert.True(errors.ContainsKey("properties"));
        Assert.True(errors.ContainsKey("expiresAt"));
    }

    [Fact]
    public void Only_an_administrator_of_every_property_a_key_reaches_manages_it()
    {
        var hotelOnly = new HashSet<Guid> { Hotel };

        Assert.True(ApiKeyRules.MayManage(true, false, hotelOnly, false, [Hotel]));
        Assert.False(ApiKeyRules.MayManage(true, false, hotelOnly, false, [Hotel, Scenic]));
        Assert.False(ApiKeyRules.MayManage(true, false, hotelOnly, true, []));
        Assert.True(ApiKeyRules.MayManage(true, true, new HashSet<Guid>(), true, []));
        Assert.False(ApiKeyRules.MayManage(false, true, new HashSet<Guid>(), false, [Hotel]));
        Assert.Throws<ApiKeyRefusedException>(() => ApiKeyRules.RequireManage(false, true, hotelOnly, false, [Hotel]));
        Assert.Throws<ApiKeyRefusedException>(() => ApiKeyRules.RequireManage(true, false, hotelOnly, false, [Scenic]));
    }

    [Fact]
    public void A_revoked_or_expired_key_is_dead()
    {
        Assert.True(ApiKeyRules.IsAlive(null, null, Now));
        Assert.True(ApiKeyRules.IsAlive(null, Now.AddSeconds(1), Now));
        Assert.False(ApiKeyRules.IsAlive(null, Now, Now));
        Assert.False(ApiKeyRules.IsAlive(Now.AddDays(-1), Now.AddDays(1), Now));
    }

    [Fact]
    public void Use_is_written_at_most_once_a_minute()
    {
        Assert.True(ApiKeyRules.UseIsDue(null, Now));
        Assert.False(ApiKeyRules.UseIsDue(Now.AddSeconds(-59), Now));
        Assert.True(ApiKeyRules.UseIsDue(Now.AddSeconds(-60), Now));
    }

    [Theory]
    [InlineData(true, "GET", true)]
    [InlineData(true, "HEAD", true)]
    [InlineData(true, "POST", false)]
    [InlineData(true, "DELETE", false)]
    [InlineData(false, "PUT", true)]
    public void A_read_only_key_only_reads(bool readOnly, string method, bool permitted) =>
        Assert.Equal(permitted, ApiKeyRules.Permits(readOnly, method));
}
