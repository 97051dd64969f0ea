using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Compensation;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Sla;
using GuestLoop.Domain.Surveys;
using GuestLoop.Web.Data;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GuestLoop.Web.Tests.Features.Analytics;

public sealed record SeedDeadline(SlaStage Stage, DateTimeOffset Started, DateTimeOffset Due, DateTimeOffset? Met);

public sealed record SeedCase(
    CaseKind Kind, Category Category, Channel Channel, int Department, DateTimeOffset ReceivedAt, int Reopens, string? Phone,
    IReadOnlyList<SeedDeadline> Deadlines, (int Csat, int? Nps, DateTimeOffset At)? Answer, decimal? Compensation);

/// <summary>
/// Known cases written straight into a property of their own in the first quarter of 2019 (Asia/Shanghai), so the
/// expected figures are worked out from this list in C#, not by the queries under test.
/// </summary>
public sealed class StatsSeed
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public required string PropertyCode { get; init; }
    public required Guid[] Departments { get; init; }
    public required IReadOnlyList<SeedCase> Cases { get; init; }

    public static DateTimeOffset Local(int month, int day, int hour, int minute = 0, int year = 2019) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    public static IReadOnlyList<SeedCase> Generate(int seed, int year = 2019)
    {
        DateTimeOffset Local(int month, int day, int hour) => StatsSeed.Local(month, day, hour, year: year);
        var random = new Random(seed);
        var list = new List<SeedCase>();
        var phones = new[] { "13800000001", "13800000002", "13800000003", null, null, null, null, null, null, null };
        for (var i = 0; i < 90; i++)
        {
            var received = Local(1, 1, 0).AddMinutes(random.Next(0, 89 * 24 * 60));
            var deadlines = new List<SeedDeadline>();
            foreach (var stage in new[] { SlaStage.Response, SlaStage.Resolution })
            {
                var due = received.AddHours(stage == SlaStage.Response ? 24 : 72);
                DateTimeOffset? met = random.Next(5) == 0 ? null : received.AddMinutes(random.Next(10, stage == SlaStage.Response ? 2000 : 6000));
                deadlines.Add(new SeedDeadline(stage, received, due, met));
            }

            (int, int?, DateTimeOffset)? answer = random.Next(3) == 0 ? null
                : (random.Next(1, 6), random.Next(4) == 0 ? null : random.Next(0, 11), received.AddDays(random.Next(1, 5)));
            list.Add(new SeedCase((CaseKind)random.Next(0, 5), (Category)random.Next(1, 9), (Channel)random.Next(0, 8), random.Next(0, 3),
                received, random.Next(6) switch { 0 => 2, 1 => 1, _ => 0 }, phones[random.Next(phones.Length)], deadlines, answer,
                random.Next(4) == 0 ? random.Next(1, 100_000) / 100m : null));
        }

        // On the edges: the first instant of February, and a minute before the period starts.
        list.Add(new SeedCase(CaseKind.Complaint, Category.Price, Channel.Phone, 0, Local(2, 1, 0), 0, null, [], null, null));
        list.Add(new SeedCase(CaseKind.Complaint, Category.Price, Channel.Phone, 0, Local(1, 1, 0).AddMinutes(-1), 0, null, [], null, 10m));
        return list;
    }

    public static async Task<StatsSeed> WriteAsync(GuestLoopApp app, IReadOnlyList<SeedCase> cases)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GuestLoopDbContext>();
        var enterprise = await db.Properties.Where(p => p.Code == "DEMO-HOTEL").Select(p => p.EnterpriseId).SingleAsync();
        var property = new Property { Code = "ST-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), Name = "统计测试酒店", EnterpriseId = enterprise };
        db.Properties.Add(property);
        var departments = Enumerable.Range(0, 3)
            .Select(i => new Department { Name = $"部门{i}", PropertyId = property.Id, Function = DepartmentFunction.Business }).ToArray();
        db.Departments.AddRange(departments);
        var actor = new Actor(null, "seed", AuthorityLevel.Level1);
        // Intake links each case with a phone to its guest profile (matching by keyed hash); the seed does the same.
        var guests = new Dictionary<string, Guid>();
        foreach (var s in cases)
        {
            var c = Case.Receive(new NewCase(property.Id, s.Kind, s.Channel, "测试", "测试内容", new Complainant("客人", s.Phone, null),
                ReceivedAt: s.ReceivedAt, Category: s.Category), "ST-" + Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"), actor, s.ReceivedAt);
            if (s.Phone is { } phone)
            {
                c.LinkGuest(guests.TryGetValue(phone, out var guest) ? guest : guests[phone] = Guid.NewGuid(), priority: false);
            }

            db.Cases.Add(c);
            db.Entry(c).Property(x => x.ReopenCount).CurrentValue = s.Reopens;
            db.Entry(c).Property(x => x.DepartmentId).CurrentValue = departments[s.Department].Id;
            var rows = s.Deadlines.Select(d => new CaseDeadlineRow
            {
                CaseId = c.Id, PropertyId = property.Id, Stage = d.Stage, Amount = 1, Unit = DurationUnit.Hours, StartedAt = d.Started, DueAt = d.Due, MetAt = d.Met,
                CaseReceivedAt = c.ReceivedAt, RiskFrom = TimeLeftStates.RiskFrom(d.Started, d.Due),
            }).ToList();
            db.CaseDeadlines.AddRange(rows);
            CaseUrgency.Set(db.Entry(c), rows);

            if (s.Answer is { } a)
            {
                var survey = Survey.Issue(c.Id, 1, Guid.NewGuid().ToString("N"), a.At.AddHours(-1));
                survey.Answer(a.At, new SurveyAnswer(a.Csat, a.Nps, null));
                db.Surveys.Add(survey);
            }

            if (s.Compensation is { } amount)
            {
                db.Compensations.Add(GuestCompensation.Propose(c.Id, property.Id, actor, s.ReceivedAt.AddHours(2), CompensationBasis.OtherLoss, "测试",
                    CompensationMethod.Cash, new Money(amount, "CNY")));
            }
        }

        await db.SaveChangesAsync();
        return new StatsSeed { PropertyCode = property.Code, Departments = departments.Select(d => d.Id).ToArray(), Cases = cases };
    }
}
