using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace GuestLoop.Web.Features.Intake;

/// <summary>
/// Shared secrets of integrations: generated at random, encrypted at rest with the data-protection keys that every
/// instance shares, and decrypted only to check a signature.
/// </summary>
public sealed class IntegrationSecrets(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("GuestLoop.Integrations.Secret.v1");

    public static string Generate() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
