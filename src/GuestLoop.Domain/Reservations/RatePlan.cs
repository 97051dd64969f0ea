namespace GuestLoop.Domain.Reservations;

/// <summary>
/// What a property sells a room type for and on which terms (门市价, 含早套餐, 不可取消价): the nightly rate of each room
/// type it covers and its cancellation, no-show and deposit rule.
/// </summary>
public sealed class RatePlan
{
    public const int CodeMax = 20;
    public const int NameMax = 60;
    public const decimal RateMax = 1_000_000m;

    private readonly List<RatePlanPrice> _prices = [];

    private RatePlan()
    {
        Code = Name = string.Empty;
        Rule = CancellationRule.Flexible;
    }

    public Guid Id { get; private set; }

    public Guid PropertyId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public CancellationRule Rule { get; private set; }

    public bool Active { get; private set; } = true;

    public IReadOnlyList<RatePlanPrice> Prices => _prices;

    public static RatePlan Create(Guid propertyId, string? code, string? name, CancellationRule rule, IReadOnlyList<RatePlanPrice> prices)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add("code", "Required.");
        }
        else if (code.Trim().Length > CodeMax)
        {
            errors.Add("code", $"At most {CodeMax} characters.");
        }

        Check(name, rule, prices, errors);
        if (errors.Any)
        {
            throw new ReservationValidationException(errors);
        }

        var plan = new RatePlan { Id = Guid.NewGuid(), PropertyId = propertyId, Code = code!.Trim() };
        plan.Apply(name!, rule, prices);
        return plan;
    }

    public void Change(string? name, CancellationRule rule, IReadOnlyList<RatePlanPrice> prices, bool active)
    {
        var errors = new FieldErrors();
        Check(name, rule, prices, errors);
        if (errors.Any)
        {
            throw new ReservationValidationException(errors);
        }

        Apply(name!, rule, prices);
        Active = active;
    }

    /// <summary>The nightly rate of a room type on this plan; null when the plan does not sell that type.</summary>
    public decimal? RateOf(Guid roomTypeId) => _prices.FirstOrDefault(p => p.RoomTypeId == roomTypeId)?.Rate;

    private void Apply(string name, CancellationRule rule, IReadOnlyList<RatePlanPrice> prices)
    {
        (Name, Rule) = (name.Trim(), rule);
        _prices.Clear();
        _prices.AddRange(prices);
    }

    private static void Check(string? name, CancellationRule rule, IReadOnlyList<RatePlanPrice> prices, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", "Required.");
        }
        else if (name.Trim().Length > NameMax)
        {
            errors.Add("name", $"At most {NameMax} characters.");
        }

        rule.Check(errors);
        if (prices.Count == 0)
        {
            errors.Add("prices", "At least one room type's nightly rate.");
        }
        else if (prices.Any(p => p.Rate is <= 0 or > RateMax) || prices.Select(p => p.RoomTypeId).Distinct().Count() != prices.Count)
        {
            errors.Add("prices", "One rate per room type, each above 0 and at most 1,000,000.");
        }
    }
}

/// <summary>A room type's nightly rate on a plan, in yuan.</summary>
public sealed record RatePlanPrice(Guid RoomTypeId, decimal Rate);
