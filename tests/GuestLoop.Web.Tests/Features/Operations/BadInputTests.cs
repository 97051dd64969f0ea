using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuestLoop.Web.Data;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GuestLoop.Web.Tests.Features.Operations;

/// <summary>
/// Every POST and PUT of the integration API, as the OpenAPI document describes it, fed at least thirty generated
/// bad bodies: none may answer 5xx, and none refused with 4xx may change a stored row (all or nothing). PostgreSQL, the
/// stricter store (text lengths, NUL characters, numeric precision, date ranges), gets every body; SQLite gets
/// <see cref="Runs">a share of them</see>.
/// </summary>
public abstract class BadInputTests(GuestLoopApp app, ITestOutputHelper output)
{
    /// <summary>Whether this database is fed the operation's <paramref name="index"/>th body.</summary>
    protected virtual bool Runs(BadBody body, int index) => true;

    /// <summary>Refused attempts are audited on purpose; nothing else may be written by a 4xx.</summary>
    private static readonly string[] MayChangeOnRefusal = ["audit_log"];

    /// <summary>
    /// Exceptions to "must be refused": the sensitive fields of a guest kept as they are may be left out, and the value sent
    /// for a kept field is ignored (a client may echo the masked value) — the base body keeps the phone.
    /// </summary>
    private static readonly HashSet<string> OptionalByDesign = ["PUT /api/v1/guests/{id} keep", "PUT /api/v1/guests/{id} phone"];

    [SkippableFact]
    public async Task Every_post_and_put_refuses_bad_bodies_without_5xx_and_without_changing_a_row()
    {
        app.Require();
        var api = app.Api("admin");
        var document = JsonNode.Parse(await api.GetStringAsync("/openapi/v1.json"))!;
        var paths = new PathValues(api, StoredIdAsync);
        var bodies = new BadBodies(document, await ExamplesAsync(paths));
        using var fingerprint = DatabaseFingerprint.Open(app, MayChangeOnRefusal);
        var failures = new List<string>();
        var notes = new List<string>();
        var clock = Stopwatch.StartNew();

        // Erasing the guest the other operations use goes last, so they meet a guest with data.
        var operations = document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api/v1/", StringComparison.Ordinal))
            .OrderBy(p => p.Key.EndsWith("/erase", StringComparison.Ordinal)).ToList();
        foreach (var (template, item) in operations)
        {
            foreach (var method in new[] { "post", "put" })
            {
                if (item![method] is not { } operation)
                {
                    continue;
                }

                var url = await paths.FillAsync(template, operation);
                var cases = bodies.For(template, operation, replaces: method == "put").Where(Runs).Select(b => (Url: url, Body: b)).ToList();
                if (template.Contains('{', StringComparison.Ordinal))
                {
                    cases.Add((await paths.FillAsync(template, operation, unknown: true), cases[0].Body with { Label = "unknown id" }));
                }

                var statuses = new SortedDictionary<int, int>();
                foreach (var (target, body) in cases)
                {
                    var before = fingerprint.Current();
                    int status;
                    string? answered = null;
                    try
                    {
                        using var response = await api.SendAsync(Request(method, target, body));
                        status = (int)response.StatusCode;
                        answered = status < 300 ? await response.Content.ReadAsStringAsync() : null;
                        if (body.Label == "valid-looking" && status >= 400)
                        {
                            var text = await response.Content.ReadAsStringAsync();
                            notes.Add($"{method.ToUpperInvariant()} {template}: the valid-looking body got {status} {text[..Math.Min(200, text.Length)]}");
                        }

                        if (status >= 500)
                        {
                            var text = await response.Content.ReadAsStringAsync();
                            failures.Add($"{method.ToUpperInvariant()} {template} [{body.Label}] → {status} {text[..Math.Min(300, text.Length)]}");
                        }
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        status = 599;
                        failures.Add($"{method.ToUpperInvariant()} {template} [{body.Label}] → threw {e.GetType().Name}: {e.Message}");
                    }

                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (status < 300)
                    {
                        await WaitForBackgroundAsync(api, target, answered);
                        await fingerprint.SettleAsync();
                    }

                    if (body.MustBeRefused && status < 400 && !OptionalByDesign.Contains($"{method.ToUpperInvariant()} {template} {body.Label.Split(':')[0]}"))
                    {
                        failures.Add($"{method.ToUpperInvariant()} {template} [{body.Label}] → {status}: must be refused (a list or object a PUT replaces left out, or a text too long)");
                    }

                    if (status is >= 400 and < 500)
                    {
                        var changed = DatabaseFingerprint.Changed(before, fingerprint.Current());
                        if (changed.Count > 0)
                        {
                            failures.Add($"{method.ToUpperInvariant()} {template} [{body.Label}] → {status} but changed {string.Join(", ", changed)}");
                        }
                    }
                }

                output.WriteLine($"{method.ToUpperInvariant(),-4} {template}: {cases.Count} bodies, {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
            }
        }

        output.WriteLine($"{clock.Elapsed.TotalSeconds:0} s");
        foreach (var note in notes)
        {
            output.WriteLine(note);
        }

        foreach (var failure in failures)
        {
            output.WriteLine("FAIL " + failure);
        }

        Assert.Empty(failures);
    }

    /// <summary>Known-good bodies of the operations whose schema alone does not make a valid one (enums read as text, real ids).</summary>
    private async Task<Dictionary<string, JsonObject>> ExamplesAsync(PathValues paths)
    {
        var caseId = await paths.FirstIdAsync("/api/v1/cases");
        var agent = await app.StaffIdAsync("agent");
        var head = await app.StaffIdAsync("head");
        var housekeeping = await DepartmentIdAsync("客房部");
        var engineering = await DepartmentIdAsync("工程部");
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd");
        var now = DateTimeOffset.UtcNow;
        JsonObject Json(object value) => JsonSerializer.SerializeToNode(value, JsonSerializerOptions.Web)!.AsObject();
        return new()
        {
            ["/api/v1/cases"] = Json(new
            {
                kind = "complaint", channel = "phone", property = "DEMO-HOTEL", title = "客房空调不制冷", description = "入住后空调一直吹热风。",
                occurredAt = now.AddHours(-3).ToString("O"), receivedAt = now.AddHours(-1).ToString("O"), demands = "尽快维修", place = "1208房间",
                externalRef = "EXT-1", customer = new { name = "张伟", phone = "13800138000", email = "zhangwei@example.com" },
            }),
            ["/api/v1/improvement-actions"] = Json(new
            {
                title = "高峰期增设自助入住机", description = "减少排队", source = "case", caseIds = new[] { caseId }, ownerId = head, dueOn = due,
                analysis = "排队投诉上升", checkAfterDays = 30, property = "DEMO-HOTEL",
            }),
            ["/api/v1/cases/{id}/remedies"] = Json(new { kind = "apology", description = "当面致歉", ownerId = agent, dueOn = due }),
            ["/api/v1/cases/{id}/compensations"] = Json(new { basis = "propertyLoss", scope = "洗坏的衬衫", method = "cash", amount = 100, currency = "CNY" }),
            ["/api/v1/cases/{id}/triage"] = Json(new { category = "facility", severity = "general", @object = "room", businessMatter = false }),
            ["/api/v1/cases/{id}/follow-up"] = Json(new { way = "phone", satisfaction = 4, note = "客人满意" }),
            ["/api/v1/cases/{id}/interim-reply"] = Json(new { text = "正在调查", expectedBy = due }),
            ["/api/v1/cases/{id}/propose-plan"] = Json(new { findings = "空调故障", plan = "更换房间并维修", responsibility = "enterprise" }),
            ["/api/v1/supervision/reports"] = Json(new { kind = "delay", caseId, text = "处理太慢", anonymous = true }),
            ["/api/v1/supervision/samples"] = Json(new { property = "DEMO-HOTEL", month = now.AddMonths(-1).ToString("yyyy-MM"), share = 0.1 }),
            ["/api/v1/reports/quarterly"] = Json(new { year = now.Year, quarter = 1, property = "DEMO-HOTEL" }),
            ["/api/v1/integrations"] = Json(new { name = "12345 热线", kind = "regulator-12345", property = "DEMO-HOTEL" }),
            ["/api/v1/mailboxes"] = Json(new
            {
                name = "客服邮箱", property = "DEMO-HOTEL", host = "127.0.0.1", port = 1, tls = "none", userName = "guest", password = "secret",
                folder = "INBOX", address = "service@example.com",
            }),
            ["/api/v1/properties/{code}/channel-owners"] = Json(new { owners = new[] { new { channel = "phone", staffId = agent } } }),
            ["/api/v1/calendars/{code}"] = Json(new
            {
                name = "总部", timeZone = "Asia/Shanghai", shifts = new[] { "Monday 09:00-18:00", "Tuesday 09:00-18:00" },
                days = new[] { new { date = "2027-01-01", working = false, name = "元旦" } },
            }),
            ["/api/v1/policies/{code}"] = Json(new
            {
                name = "旅游标准", rules = new[]
                {
                    new { kind = "any", severity = "any", targets = new[] { new { stage = "response", amount = 24, unit = "hours", anchor = "caseReceived" } } },
                },
            }),
            ["/api/v1/guests/{id}/profile"] = Json(new { roomType = "大床房", specialNeeds = new[] { "mobility" }, tier = "gold", tags = new[] { "常客" } }),
            ["/api/v1/work-orders"] = Json(new
            {
                property = "DEMO-HOTEL", type = "towels", location = "1208", description = "加两条浴巾", priority = "normal", channel = "phone",
            }),
            ["/api/v1/work-orders/types"] = Json(new
            {
                property = "DEMO-HOTEL", code = "minibar", name = "迷你吧补货", departmentId = housekeeping, skill = "housekeeping", responseMinutes = 10,
                completionMinutes = 30, needsVerification = false, active = true,
            }),
            ["/api/v1/work-orders/types/{id}"] = Json(new
            {
                name = "加送毛巾", departmentId = housekeeping, skill = "housekeeping", responseMinutes = 10, completionMinutes = 20, needsVerification = false,
                active = true,
            }),
            ["/api/v1/work-orders/shifts"] = Json(new { staffId = agent, property = "DEMO-HOTEL", start = now.AddDays(90), end = now.AddDays(90).AddHours(8) }),
            ["/api/v1/work-orders/{id}/assign"] = Json(new { staffId = agent, note = "请尽快处理" }),
            ["/api/v1/work-orders/{id}/pause"] = Json(new { reason = "等配件" }),
            ["/api/v1/work-orders/{id}/complete"] = Json(new { note = "已处理" }),
            ["/api/v1/work-orders/{id}/verify"] = Json(new { passed = true }),
            ["/api/v1/work-orders/{id}/cancel"] = Json(new { reason = "客人取消" }),
            ["/api/v1/work-orders/availability"] = Json(new { available = true }),
            ["/api/v1/lost-items"] = Json(new
            {
                property = "DEMO-HOTEL", description = "黑色双肩包", foundAt = "大堂", foundOn = now.AddHours(-1), storedAt = "行李房", retentionDays = 90,
            }),
            ["/api/v1/lost-items/{id}/move"] = Json(new { storedAt = "保险柜" }),
            ["/api/v1/lost-items/{id}/return"] = Json(new { receivedBy = "王芳" }),
            ["/api/v1/lost-items/{id}/discard"] = Json(new { how = "捐赠" }),
            ["/api/v1/maintenance/assets"] = Json(new
            {
                property = "DEMO-HOTEL", code = "BI-01", name = "4号客梯", kind = "lift", location = "副楼电梯厅", departmentId = engineering, requestType = "electrical",
            }),
            ["/api/v1/maintenance/assets/{id}"] = Json(new
            {
                code = "BI-02", name = "4号客梯", kind = "lift", location = "副楼电梯厅", departmentId = engineering, requestType = "electrical", retired = false,
            }),
            ["/api/v1/maintenance/checklists"] = Json(new
            {
                property = "DEMO-HOTEL", name = "夜间安全巡查", kind = "securityPatrol", location = "主楼", items = new[] { new { text = "消防通道畅通" } },
            }),
            ["/api/v1/maintenance/checklists/{id}"] = Json(new
            {
                name = "夜间安全巡查", kind = "securityPatrol", location = "主楼", items = new[] { new { text = "消防通道畅通" } }, active = true,
            }),
            ["/api/v1/maintenance/schedules"] = Json(new
            {
                checklistId = await paths.FirstIdAsync("/api/v1/maintenance/checklists"), departmentId = engineering, every = 1, unit = "days", at = "22:00",
                graceMinutes = 60,
            }),
            ["/api/v1/maintenance/schedules/{id}"] = Json(new { departmentId = engineering, every = 1, unit = "days", at = "22:00", graceMinutes = 60, active = true }),
            ["/api/v1/maintenance/rounds"] = Json(new { checklistId = await paths.FirstIdAsync("/api/v1/maintenance/checklists") }),
            ["/api/v1/maintenance/rounds/{id}/items"] = Json(new { position = 1, result = "pass" }),
            ["/api/v1/rooms"] = Json(new
            {
                property = "DEMO-HOTEL", number = "1301", floor = 13, building = "主楼", typeCode = "STD-K", view = "湖景", connectingNumber = "1302",
                accessibilityFeatures = "扶手", status = "vacantDirty",
            }),
            ["/api/v1/rooms/{id}"] = Json(new
            {
                floor = 8, building = "主楼", typeCode = "ACC-K", view = "湖景", connectingNumber = "", accessibilityFeatures = "扶手、无障碍淋浴", active = true,
            }),
            ["/api/v1/rooms/{id}/status"] = Json(new { status = "vacantDirty", reason = "退房", expectedReturnAt = now.AddDays(1) }),
            ["/api/v1/rooms/{id}/inspections"] = Json(new { items = new[] { new { item = "门锁、灯具及电器完好", passed = true, note = "" } } }),
            ["/api/v1/rooms/{id}/consumption"] = Json(new { itemCode = "浴巾", quantity = 2, date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1) }),
            ["/api/v1/rooms/types"] = Json(new
            {
                property = "DEMO-HOTEL", code = "EXE-K", name = "行政大床房", bedType = "king", maxGuests = 2, accessible = false, smoking = false,
                checklist = new[] { "更换四巾（面巾、方巾、浴巾、脚巾）", "床铺整理，摆放整齐" }, active = true,
            }),
            ["/api/v1/rooms/types/{id}"] = Json(new
            {
                name = "无障碍客房", bedType = "king", maxGuests = 2, accessible = true, smoking = false, checklist = new[] { "扶手、紧急呼叫按钮完好" }, active = true,
            }),
            ["/api/v1/rooms/sheet"] = Json(new { property = "DEMO-HOTEL", date = DateOnly.FromDateTime(DateTime.UtcNow), attendantId = agent, rooms = new[] { "801", "802" } }),
            ["/api/v1/facilities"] = Json(new
            {
                property = "DEMO-HOTEL", code = "MR-9", name = "九号会议室", kind = "meetingRoom", capacity = 12, slotMinutes = 60, opens = "08:00", closes = "20:00",
                minNoticeMinutes = 60, maxMinutes = 480, maxPartySize = 12, freeCancellationHours = 24, active = true,
            }),
            ["/api/v1/facility-bookings"] = Json(new
            {
                facilityId = await paths.FirstIdAsync("/api/v1/facilities"), date = due, start = "12:00", end = "13:00", partySize = 2, guestName = "刘洋",
                phone = "13912345678", notes = "一位素食",
            }),
            ["/api/v1/facility-bookings/{id}"] = Json(new
            {
                date = due, start = "12:00", end = "13:30", partySize = 3, guestName = "刘洋", phone = "13912345678", notes = "不吃辣",
            }),
            ["/api/v1/facility-bookings/{id}/cancel"] = Json(new { reason = "行程变化" }),
            ["/api/v1/guests/{id}/visits"] = Json(new { property = "DEMO-HOTEL", kind = "stay", from = due, to = due, reference = "PMS-1", amount = 500, note = "" }),
        };
    }

    private async Task<Guid> DepartmentIdAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        return await db.Departments.Where(d => d.Name == name).Select(d => d.Id).SingleAsync();
    }

    /// <summary>Ids of the collections the API does not list: the enterprise, a compensation, an audit sample entry, an accountability record.</summary>
    private async Task<string?> StoredIdAsync(string collection)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        Guid? id = collection switch
        {
            "/api/v1/enterprises" => await db.Enterprises.Select(e => (Guid?)e.Id).FirstOrDefaultAsync(),
            "/api/v1/compensations" => await db.Compensations.Select(c => (Guid?)c.Id).FirstOrDefaultAsync(),
            "/api/v1/accountability" => await db.CaseAccountability.Select(a => (Guid?)a.Id).FirstOrDefaultAsync(),
            "/api/v1/supervision/samples" => await db.AuditSamples.Select(s => (Guid?)s.Id).FirstOrDefaultAsync(),
            _ => null,
        };
        return id?.ToString();
    }

    /// <summary>A request answered with a queued or running job (a quarterly report): waits until the job has finished.</summary>
    private static async Task WaitForBackgroundAsync(HttpClient api, string url, string? answered)
    {
        static bool Busy(JsonNode? job) => (job?["state"] ?? job?["status"])?.GetValue<string>() is "queued" or "running";
        var job = answered is { Length: > 0 } && answered[0] == '{' ? JsonNode.Parse(answered) : null;
        for (var i = 0; i < 300 && Busy(job) && job!["id"] is { } id; i++)
        {
            await Task.Delay(200);
            job = JsonNode.Parse(await api.GetStringAsync($"{url.TrimEnd('/')}/{id}"));
        }
    }

    private static HttpRequestMessage Request(string method, string url, BadBody body)
    {
        var request = new HttpRequestMessage(method == "post" ? HttpMethod.Post : HttpMethod.Put, url);
        if (body.Text is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.Text));
            if (body.ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);
            }
        }

        return request;
    }
}

/// <summary>
/// E-mail goes to a recorder, so a valid request to send a reply by e-mail is answered as in a configured deployment
/// whichever demo case is the first one listed, not 503 "e-mail not configured".
/// </summary>
public sealed class BadInputSqliteTests(MailingSqliteApp app, ITestOutputHelper output) : BadInputTests(app, output), IClassFixture<MailingSqliteApp>
{
    /// <summary>
    /// A body refused before the database answers the same on both stores, so SQLite takes every third body, the
    /// valid-looking one and the control characters (its full-text index reads them); PostgreSQL takes them all.
    /// </summary>
    protected override bool Runs(BadBody body, int index) =>
        index % 3 == 0 || body.Label == "valid-looking" || body.Label.EndsWith("control characters", StringComparison.Ordinal);
}

/// <inheritdoc cref="BadInputSqliteTests"/>
public sealed class BadInputPostgresTests(MailingPostgresApp app, ITestOutputHelper output) : BadInputTests(app, output), IClassFixture<MailingPostgresApp>;
