using System.Security.Cryptography.X509Certificates;
using GuestLoop.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace GuestLoop.Web.Infrastructure;

/// <summary>
/// Where the data-protection key ring (sign-in cookies, form tokens, stored secrets) lives and how it is protected at rest.
/// Sign-in cookies and form tokens survive a restart and are read by every instance: on PostgreSQL the keys live in the
/// database all instances share (unless a keys folder is named), on SQLite in the data folder's <c>keys</c> directory.
/// With <c>GuestLoop:DataProtection:CertificatePath</c> (a PFX, and its <c>CertificatePassword</c>) every key is encrypted
/// with that certificate. Without it, on Linux the keys folder is made readable by the service's user only (0700) and
/// keys in the database are as safe as the database's access: the framework's "no XML encryptor" warning is then the
/// expected state, so it is logged once as information with where the keys are (docs/DEPLOYMENT.md, "Keys").
/// </summary>
public static class KeyProtection
{
    private const string KeyManagerCategory = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    public static IServiceCollection AddGuestLoopKeyProtection(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var protection = services.AddDataProtection().SetApplicationName("GuestLoop");
        var keysPath = config["GuestLoop:KeysPath"];
        string where;
        if (keysPath is null && DatabaseSetup.IsPostgres(config))
        {
            protection.PersistKeysToDbContext<GuestLoopDbContext>();
            where = "the database";
        }
        else
        {
            var folder = Directory.CreateDirectory(keysPath ?? Path.Combine(DatabaseSetup.DataFolder(config, env), "keys"));
            if (!OperatingSystem.IsWindows())
            {
                try
                {
                    folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
                }
                catch (UnauthorizedAccessException)
                {
                    // A folder another user owns (a volume prepared by an operator) keeps the rights its owner gave it.
                }
            }

            protection.PersistKeysToFileSystem(folder);
            where = folder.FullName;
        }

        if (config["GuestLoop:DataProtection:CertificatePath"] is { Length: > 0 } certificate)
        {
            protection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificate, config["GuestLoop:DataProtection:CertificatePassword"]));
            return services;
        }

        services.AddLogging(b => b.AddFilter(KeyManagerCategory, LogLevel.Error));
        services.AddHostedService(sp => new KeysNotice(sp.GetRequiredService<ILogger<KeysNotice>>(), where));
        return services;
    }

    /// <summary>Says once at start where the unencrypted key ring is and how to encrypt it.</summary>
    private sealed class KeysNotice(ILogger<KeysNotice> log, string where) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            log.LogInformation("Data-protection keys are kept in {Where}, protected by its access rights; set GuestLoop:DataProtection:CertificatePath to encrypt them", where);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
