using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Customers;

namespace GuestLoop.Web.Data;

/// <summary>A profile for each named demo complainant, linked to their cases; a few with preferences, needs, stays and care.</summary>
public static class DemoGuests
{
    public static IReadOnlyList<Guest> Build(IReadOnlyList<Case> cases, DateTimeOffset now)
    {
        var guests = new List<Guest>();
        foreach (var (c, index) in cases.Where(c => c.Complainant?.Phone is not null).Select((c, i) => (c, i)))
        {
            var guest = Guest.Create(new GuestDetails(c.Complainant.Name, c.Complainant.Phone, c.Complainant.Email), c.PropertyId, c.ReceivedAt);
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            switch (index % 5)
            {
                case 0:
                    guest.SetProfile(new GuestPreferences("豪华大床房", "高楼层", "湖景", "不吃辣"), SpecialNeeds.None, LoyaltyTier.Gold, ["商务"]);
                    guest.AddVisit(new GuestVisit(c.PropertyId, VisitKind.Stay, today.AddDays(-40), today.AddDays(-38), $"PMS-{1000 + index}", 1280m, null), now);
                    guest.Care(CareKind.Greeting, "中秋节问候短信", now.AddDays(-30), "陈静").Record(CareOutcome.Delivered, now.AddDays(-30));
                    break;
                case 1:
                    guest.SetProfile(new GuestPreferences("双床房", "低楼层", null, "清真"), SpecialNeeds.Elderly | SpecialNeeds.Mobility, LoyaltyTier.Silver, ["家庭"]);
                    guest.AddVisit(new GuestVisit(c.PropertyId, VisitKind.Visit, today.AddDays(-10), null, $"TKT-{2000 + index}", 120m, null), now);
                    break;
                case 2:
                    guest.RecordConsent(ConsentPurpose.Marketing, granted: false, now.AddDays(-5), "电话中客人要求");
                    break;
            }

            c.LinkGuest(guest.Id, guest.SpecialNeeds != SpecialNeeds.None);
            guests.Add(guest);
        }

        return guests;
    }
}
