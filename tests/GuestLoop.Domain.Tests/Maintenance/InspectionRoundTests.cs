using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Maintenance;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Domain.Tests.Maintenance;

/// <summary>A round on the phone: each item passed, failed with a note or not applicable; completing names the failures that become repair orders.</summary>
public class InspectionRoundTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 22, 5, 0, TimeSpan.FromHours(8));
    private static readonly Actor Guard = new(Guid.NewGuid(), "保安 张伟", AuthorityLevel.None);
    private static readonly Guid Property = Guid.NewGuid();

    private static Asset Lift() => Asset.Create(Guid.NewGuid(), Property,
        new AssetDetails("DT-01", "1号客梯", AssetKind.Lift, "主楼电梯厅", Guid.NewGuid(), "electrical", false));

    private static InspectionChecklist Checklist(Guid? assetId = null) => InspectionChecklist.Create(Guid.NewGuid(), Property, "设施设备检查",
        ChecklistKind.FacilityCondition, "主楼 1-20 层", [("照明完好", null), ("电梯运行平稳、无异响", assetId), ("地面无积水", null)]);

    [Fact]
    public void A_round_copies_the_items_and_completes_with_its_failures()
    {
        var round = InspectionRound.Start(Guid.NewGuid(), Checklist(), null, null, null, Guard, Now);
        Assert.Equal([1, 2, 3], round.Items.Select(i => i.Position));

        round.Record(1, InspectionResult.Pass, null, null);
        round.Record(2, InspectionResult.Fail, "轿厢有异响", "photos/lift.jpg");
        round.Record(3, InspectionResult.NotApplicable, null, null);
        var failures = round.Complete(Now.AddMinutes(20));

        Assert.Equal([2], failures.Select(f => f.Position));
        Assert.Equal(("轿厢有异响", "photos/lift.jpg"), (failures[0].Note, failures[0].PhotoKey));
        Assert.Equal(Now.AddMinutes(20), round.CompletedAt);
    }

    [Fact]
    public void A_failure_needs_a_note_and_every_item_needs_a_result_before_completing()
    {
        var round = InspectionRound.Start(Guid.NewGuid(), Checklist(), null, null, null, Guard, Now);

        var noNote = Assert.Throws<CaseValidationException>(() => round.Record(1, InspectionResult.Fail, " ", null));
        Assert.Equal(["note"], noNote.Errors.Keys);
        var unknown = Assert.Throws<CaseValidationException>(() => round.Record(9, InspectionResult.Pass, null, null));
        Assert.Equal(["position"], unknown.Errors.Keys);

        round.Record(1, InspectionResult.Pass, null, null);
        var open = Assert.Throws<CaseValidationException>(() => round.Complete(Now));
        Assert.Contains("2, 3", open.Errors["items"][0]);
        Assert.Null(round.CompletedAt);
    }

    [Fact]
    public void A_completed_round_takes_no_more_results_nor_a_second_completion()
    {
        var round = InspectionRound.Start(Guid.NewGuid(), Checklist(), null, null, null, Guard, Now);
        foreach (var item in round.Items)
        {
            round.Record(item.Position, InspectionResult.Pass, null, null);
        }

        Assert.Empty(round.Complete(Now));
        Assert.Equal(DomainErrorKind.Conflict, Assert.Throws<InspectionRoundException>(() => round.Complete(Now)).Kind);
        Assert.Throws<InspectionRoundException>(() => round.Record(1, InspectionResult.Fail, "x", null));
    }

    [Fact]
    public void Each_failure_without_an_order_makes_one_at_its_assets_place_of_the_assets_type()
    {
        var lift = Lift();
        var round = InspectionRound.Start(Guid.NewGuid(), Checklist(lift.Id), null, null, null, Guard, Now);
        Assert.Empty(InspectionRepairs.For(round, new Dictionary<Guid, Asset>()));
        round.Record(1, InspectionResult.Fail, "3 楼走廊灯不亮", null);
        round.Record(2, InspectionResult.Fail, "轿厢有异响", null);
        round.Record(3, InspectionResult.Pass, null, null);
        round.Complete(Now);

        var repairs = InspectionRepairs.For(round, new Dictionary<Guid, Asset> { [lift.Id] = lift });

        Assert.Equal([(1, null, "主楼 1-20 层"), (2, "electrical", "主楼电梯厅")], repairs.Select(r => (r.Position, r.TypeCode, r.Location)));
        Assert.Contains("1号客梯（DT-01）", repairs[1].Description);
        Assert.EndsWith("轿厢有异响", repairs[1].Description);

        round.LinkWorkOrder(2, Guid.NewGuid());
        Assert.Equal([1], InspectionRepairs.For(round, new Dictionary<Guid, Asset>()).Select(r => r.Position));
        Assert.Throws<InspectionRoundException>(() => round.LinkWorkOrder(2, Guid.NewGuid()));
        Assert.Throws<InspectionRoundException>(() => round.LinkWorkOrder(3, Guid.NewGuid()));
    }

    [Fact]
    public void A_repair_takes_the_type_it_names_if_offered_else_the_propertys_default()
    {
        var repair = new InspectionRepair(1, "air-conditioning", "2105", "x");

        Assert.Equal("air-conditioning", InspectionRepairs.TypeFor(repair, ["air-conditioning", "electrical"]));
        Assert.Equal("electrical", InspectionRepairs.TypeFor(repair, ["electrical", "plumbing"]));
        Assert.Equal("facility", InspectionRepairs.TypeFor(repair with { TypeCode = null }, ["electrical", "facility"]));
        Assert.Null(InspectionRepairs.TypeFor(repair, ["towels"]));
    }

    [Fact]
    public void A_checklist_needs_a_name_a_place_and_items_with_text()
    {
        var e = Assert.Throws<CaseValidationException>(() => InspectionChecklist.Create(Guid.NewGuid(), Property, " ", ChecklistKind.FireSafety,
            new string('x', 201), [("灭火器压力正常", null), ("", null)]));
        Assert.Equal(["items[1].text", "location", "name"], e.Errors.Keys.Order());
        var none = Assert.Throws<CaseValidationException>(() => InspectionChecklist.Create(Guid.NewGuid(), Property, "消防", ChecklistKind.FireSafety, "全楼", []));
        Assert.Equal(["items"], none.Errors.Keys);
    }

    [Fact]
    public void A_round_of_a_checklist_no_longer_used_or_without_a_staff_member_cannot_start()
    {
        var checklist = Checklist();
        Assert.Throws<InspectionRoundException>(() => InspectionRound.Start(Guid.NewGuid(), checklist, null, null, null, Actor.System, Now));
        checklist.Change(checklist.Name, checklist.Kind, checklist.Location, checklist.Items.Select(i => ((string?)i.Text, i.AssetId)).ToList(), false);
        Assert.Throws<InspectionRoundException>(() => InspectionRound.Start(Guid.NewGuid(), checklist, null, null, null, Guard, Now));
    }

    [Theory]
    [InlineData(AuthorityLevel.Level1, false, true)]
    [InlineData(AuthorityLevel.Level2, false, true)]
    [InlineData(AuthorityLevel.Level3, false, false)]
    [InlineData(AuthorityLevel.None, false, false)]
    [InlineData(AuthorityLevel.None, true, true)]
    public void Configuring_needs_level_2_and_a_round_any_staff_member_of_the_property(AuthorityLevel held, bool administrator, bool configure)
    {
        Assert.Equal(configure, InspectionAuthority.MayConfigure(held, administrator));
        if (!configure)
        {
            Assert.Throws<WorkOrderDeniedException>(() => InspectionAuthority.RequireConfigurer(held, administrator, "keep assets"));
        }

        Assert.True(InspectionAuthority.MayDoRound(Guid.NewGuid(), worksAtProperty: true));
        Assert.False(InspectionAuthority.MayDoRound(Guid.NewGuid(), worksAtProperty: false));
        Assert.False(InspectionAuthority.MayDoRound(null, worksAtProperty: true));
        Assert.Throws<WorkOrderDeniedException>(() => InspectionAuthority.RequireRoundTaker(null, true));
    }
}
