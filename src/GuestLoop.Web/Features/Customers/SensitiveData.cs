using System.Security.Cryptography;
using System.Text;
using GuestLoop.Domain.Customers;
using Microsoft.AspNetCore.DataProtection;

namespace GuestLoop.Web.Features.Customers;

/// <summary>
/// Encrypts personal data for the database with the data-protection key ring (kept outside the database, shared by
/// every instance through <c>GuestLoop:KeysPath</c>) and computes the keyed hash (HMAC-SHA256 over the normalised
/// value) that lets an exact value be found without storing it in clear.
/// </summary>
public sealed class SensitiveData
{
    /// <summary>Marks a protected value; a value without it is from before encryption and is read as it is.</summary>
    public const string Prefix = "pd1:";

    private readonly IDataProtector _protector;
    private readonly byte[] _hashKey;

    public SensitiveData(IDataProtectionProvider protection, byte[] hashKey)
    {
        _protector = protection.CreateProtector("GuestLoop.PersonalData.v1");
        _hashKey = hashKey;
    }

    /// <summary>The hash key from <c>GuestLoop:Privacy:HashKey</c> (base64), or one kept, encrypted, in the key-ring folder.</summary>
    public static SensitiveData Create(IDataProtectionProvider protection, IConfiguration config, string keysPath)
    {
        if (config["GuestLoop:Privacy:HashKey"] is { Length: > 0 } configured)
        {
            return new SensitiveData(protection, Convert.FromBase64String(configured));
        }

        var keyProtector = protection.CreateProtector("GuestLoop.PersonalData.HashKey.v1");
        var file = Path.Combine(keysPath, "personal-data-hash.key");
        Directory.CreateDirectory(keysPath);
        if (!File.Exists(file))
        {
            var fresh = keyProtector.Protect(RandomNumberGenerator.GetBytes(32));
            try
            {
                using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
                stream.Write(fresh);
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another instance wrote it first; everyone uses that one.
            }
        }

        return new SensitiveData(protection, keyProtector.Unprotect(File.ReadAllBytes(file)));
    }

    /// <summary>For building the model without a host (migrations): nothing is ever stored with it.</summary>
    public static SensitiveData Ephemeral() =>
        new(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider(), RandomNumberGenerator.GetBytes(32));

    public string? Protect(string? value) => value is null ? null : Prefix + _protector.Protect(value);

    public string? Unprotect(string? stored) =>
        stored is null ? null : stored.StartsWith(Prefix, StringComparison.Ordinal) ? _protector.Unprotect(stored[Prefix.Length..]) : stored;

    /// <summary>The keyed hash of a value as normalised for its field, or null for no value.</summary>
    public string? Hash(SensitiveField field, string? value)
    {
        var normalised = ContactNormaliser.Normalise(field, value);
        if (normalised is null)
        {
            return null;
        }

        var bytes = HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes($"{field}:{normalised}"));
        return Convert.ToHexStringLower(bytes);
    }
}
