using GuestLoop.Domain.Organisation;

namespace GuestLoop.Web.Features.Account;

/// <summary>Lockout and password rules of staff sign-in, from <c>GuestLoop:SignIn</c>.</summary>
public sealed record SignInRules
{
    /// <summary>Wrong passwords or codes in a row before the account is locked.</summary>
    public int MaxFailures { get; init; } = 5;

    /// <summary>The first lockout; each further run of <see cref="MaxFailures"/> failures doubles it, up to <see cref="MaxLockoutMinutes"/>.</summary>
    public int LockoutMinutes { get; init; } = 5;

    public int MaxLockoutMinutes { get; init; } = 24 * 60;

    /// <summary>Long passwords rather than composition rules; the demo password GuestLoop!2026 meets both.</summary>
    public int PasswordMinLength { get; init; } = 10;

    public int PasswordUniqueChars { get; init; } = 5;

    /// <summary>How often a session's security stamp is checked against the database; 0 is on every request.</summary>
    public int StampCheckSeconds { get; init; }

    public static SignInRules From(IConfiguration config) => config.GetSection("GuestLoop:SignIn").Get<SignInRules>() ?? new SignInRules();

    public SignInLockout Lockout => new(Math.Max(1, MaxFailures), TimeSpan.FromMinutes(LockoutMinutes), TimeSpan.FromMinutes(MaxLockoutMinutes));
}
