using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Admin;
using GuestLoop.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GuestLoop.Web.Data;

/// <summary>
/// The first set-up of an install without demo data, from the command line: an administrator (password on standard input,
/// never in the arguments, which other users of the machine can read), a property, an API key. Each goes through the same
/// service as the workspace, so its rules and audit entries are the same; refused input exits 2 with the field errors.
/// </summary>
public static class SetUpCommands
{
    public static async Task<int> CreateAdminAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var userName = Commands.ValueOf(args, "--user") ?? throw new ArgumentException("--create-admin needs --user <name>.");
        var email = Commands.ValueOf(args, "--email");
        var enterprise = Commands.ValueOf(args, "--enterprise") ?? "GuestLoop";
        var password = ReferenceEquals(input, Console.In) && !Console.IsInputRedirected && !args.Contains("--password-stdin")
            ? ReadHidden(output)
            : await input.ReadLineAsync() ?? "";
        using var scope = services.CreateScope();
        var errors = await scope.ServiceProvider.GetRequiredService<CreateAdministrator>().CreateAsync(userName, email, password, enterprise);
        if (errors.Count > 0)
        {
            return await RefuseAsync(scope.ServiceProvider, errors, error);
        }

        await output.WriteLineAsync($"Administrator {userName.Trim()} created; sign in to the workspace to set up properties and staff.");
        return 0;
    }

    public static async Task<int> CreatePropertyAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var property = new Property
        {
            Code = Commands.ValueOf(args, "--code") ?? throw new ArgumentException("--create-property needs --code <code>."),
            Name = Commands.ValueOf(args, "--name") ?? throw new ArgumentException("--create-property needs --name <name>."),
        };
        property.TimeZoneId = Commands.ValueOf(args, "--time-zone") ?? property.TimeZoneId;
        using var scope = services.CreateScope();
        if (!await scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>().Enterprises.AnyAsync())
        {
            await error.WriteLineAsync("No enterprise yet: --create-admin makes it with the first administrator.");
            return 2;
        }

        var admin = scope.ServiceProvider.GetRequiredService<OrganisationAdmin>();
        var errors = await admin.SavePropertyAsync(property, CreateAdministrator.CommandLine("--create-property"));
        if (errors.Count > 0)
        {
            return await RefuseAsync(scope.ServiceProvider, errors, error);
        }

        await output.WriteLineAsync($"Property {property.Code} created.");
        return 0;
    }

    public static async Task<int> CreateApiKeyAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var name = Commands.ValueOf(args, "--name") ?? throw new ArgumentException("--create-api-key needs --name <name>.");
        var scopeName = Commands.ValueOf(args, "--scope") ?? "integration";
        if (!Enum.TryParse<ApiKeyScope>(scopeName, ignoreCase: true, out var keyScope) || !Enum.IsDefined(keyScope))
        {
            throw new ArgumentException("--scope is integration or administrator.");
        }

        using var scope = services.CreateScope();
        var key = await scope.ServiceProvider.GetRequiredService<IssueApiKey>()
            .IssueAsync(name, keyScope, CreateAdministrator.CommandLine("--create-api-key"), ct);
        if (key is null)
        {
            await error.WriteLineAsync($"An active API key named {name} exists already.");
            return 2;
        }

        // The only time the key is shown: only its hash is stored.
        await output.WriteLineAsync(key);
        return 0;
    }

    /// <summary>Revokes a key by name or id through the same service as the workspace (audited); exits 2 when there is no such key.</summary>
    public static async Task<int> RevokeApiKeyAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var idOrName = Commands.ValueOf(args, "--revoke-api-key") ?? throw new ArgumentException("--revoke-api-key needs <name-or-id>.");
        using var scope = services.CreateScope();
        try
        {
            var key = await scope.ServiceProvider.GetRequiredService<ApiKeyAdmin>()
                .RevokeAsync(CreateAdministrator.CommandLine("--revoke-api-key"), idOrName, ct);
            await output.WriteLineAsync($"API key {key.Name} ({key.Id}) revoked.");
            return 0;
        }
        catch (ApiKeyNotFoundException e)
        {
            await error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    /// <summary>A password typed at a terminal, not echoed.</summary>
    private static string ReadHidden(TextWriter output)
    {
        output.Write("Password: ");
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        output.WriteLine();
        return typed.ToString();
    }

    private static async Task<int> RefuseAsync(IServiceProvider services, Dictionary<string, string> errors, TextWriter error)
    {
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        foreach (var (field, key) in errors)
        {
            await error.WriteLineAsync($"{field}: {text[key]}");
        }

        return 2;
    }
}
