using System.Net;
using System.Net.Http.Json;
using System.Text;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Customers;

/// <summary>The SQLite file itself, read byte by byte: personal data is not in it in clear, and exact search still works.</summary>
public sealed class EncryptionAtRestTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_database_file_holds_no_phone_or_document_number_in_clear_and_search_by_exact_phone_still_finds_the_guest()
    {
        var phone = GuestFlow.NewPhone();
        const string idNumber = "440301199212127788";
        const string address = "深圳市南山区科技园北区七栋";
        var caseId = (await app.CaseForAsync(phone, name: "黄晓明", idNumber: idNumber))["id"]!.GetValue<Guid>();
        var guestId = await app.GuestIdAsync(caseId);
        var corrected = await app.Api("head").PutAsJsonAsync($"/api/v1/guests/{guestId}",
            new { name = "黄晓明", phone, idNumber, address, email = "hxm@example.com" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var revealed = await app.Api("agent").PostJsonAsync($"/api/v1/guests/{guestId}/reveal", new { field = "idNumber", reason = "核对身份" });
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);

        var bytes = await CheckpointedFileAsync();

        Assert.True(Contains(bytes, "黄晓明"), "the file is read as it is: a name, which is not encrypted, is found");
        Assert.False(Contains(bytes, phone), "phone number in clear");
        Assert.False(Contains(bytes, idNumber), "document number in clear");
        Assert.False(Contains(bytes, address), "address in clear");
        var found = Assert.Single(await app.FindGuestsAsync(phone, "head"));
        Assert.Equal(guestId, found!["id"]!.GetValue<Guid>());
        Assert.Equal(phone, found["phone"]!.GetValue<string>());
        Assert.Single(await app.FindGuestsAsync(idNumber, "head"));
        var cases = await (await app.Api("head").GetAsync($"/api/v1/cases?q={phone}")).JsonAsync();
        Assert.Equal(caseId, Assert.Single(cases["items"]!.AsArray())!["id"]!.GetValue<Guid>());
    }

    private async Task<byte[]> CheckpointedFileAsync()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        SqliteConnection.ClearAllPools();
        var file = Path.Combine(app.DataPath, "guestloop.db");
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        var wal = file + "-wal";
        if (File.Exists(wal))
        {
            await using var walStream = new FileStream(wal, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            await walStream.CopyToAsync(copy);
        }

        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
