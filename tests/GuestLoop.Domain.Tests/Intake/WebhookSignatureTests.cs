using System.Globalization;
using System.Text;
using GuestLoop.Domain.Intake;

namespace GuestLoop.Domain.Tests.Intake;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"title":"退款未到账","externalRef":"OTA-1"}""");

    private static string Ts(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Sign(DateTimeOffset at, byte[]? body = null, string secret = Secret) =>
        WebhookSignature.Compute(secret, at.ToUnixTimeSeconds(), body ?? Body);

    [Fact]
    public void A_fresh_call_signed_with_the_secret_is_valid()
    {
        Assert.Equal(SignatureCheck.Valid, WebhookSignature.Verify(Secret, Ts(Now), Sign(Now), Body, Now));
    }

    [Fact]
    public void The_signature_is_hmac_sha256_of_timestamp_dot_body_in_lowercase_hex()
    {
        var signature = WebhookSignature.Compute("key", 1700000000, "{}"u8);

        // printf '1700000000.{}' | openssl dgst -sha256 -hmac key
        Assert.Equal("sha256=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae", signature);
        Assert.NotEqual(signature, WebhookSignature.Compute("key", 1700000001, "{}"u8));
    }

    [Fact]
    public void A_tampered_body_is_refused()
    {
        var tampered = Encoding.UTF8.GetBytes("""{"title":"退款未到账!","externalRef":"OTA-1"}""");

        Assert.Equal(SignatureCheck.Mismatch, WebhookSignature.Verify(Secret, Ts(Now), Sign(Now), tampered, Now));
    }

    [Fact]
    public void A_signature_made_with_another_secret_is_refused()
    {
        Assert.Equal(SignatureCheck.Mismatch, WebhookSignature.Verify(Secret, Ts(Now), Sign(Now, secret: "whsec_other"), Body, Now));
    }

    [Fact]
    public void A_changed_timestamp_header_breaks_the_signature()
    {
        Assert.Equal(SignatureCheck.Mismatch, WebhookSignature.Verify(Secret, Ts(Now.AddSeconds(30)), Sign(Now), Body, Now));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86400)]
    public void A_timestamp_more_than_five_minutes_old_or_ahead_is_refused(int seconds)
    {
        var at = Now.AddSeconds(seconds);

        Assert.Equal(SignatureCheck.Expired, WebhookSignature.Verify(Secret, Ts(at), Sign(at), Body, Now));
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    public void A_timestamp_within_five_minutes_is_accepted(int seconds)
    {
        var at = Now.AddSeconds(seconds);

        Assert.Equal(SignatureCheck.Valid, WebhookSignature.Verify(Secret, Ts(at), Sign(at), Body, Now));
    }

    [Theory]
    [InlineData(null, "sha256=00", SignatureCheck.Missing)]
    [InlineData("1", null, SignatureCheck.Missing)]
    [InlineData("yesterday", "sha256=0000000000000000000000000000000000000000000000000000000000000000", SignatureCheck.Malformed)]
    [InlineData("1700000000", "md5=abc", SignatureCheck.Malformed)]
    [InlineData("99999999999999999999", "sha256=0000000000000000000000000000000000000000000000000000000000000000", SignatureCheck.Malformed)]
    public void Missing_or_malformed_headers_are_refused(string? timestamp, string? signature, SignatureCheck expected)
    {
        Assert.Equal(expected, WebhookSignature.Verify(Secret, timestamp, signature, Body, Now));
    }

    [Fact]
    public void Upper_case_hex_is_the_same_signature()
    {
        var upper = "sha256=" + Sign(Now)["sha256=".Length..].ToUpperInvariant();

        Assert.Equal(SignatureCheck.Valid, WebhookSignature.Verify(Secret, Ts(Now), upper, Body, Now));
    }
}
