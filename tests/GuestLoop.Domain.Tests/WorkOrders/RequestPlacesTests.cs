using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Domain.Tests.WorkOrders;

/// <summary>The places a sheet of request QR codes is printed for: lists, ranges with their zeros, and what is refused.</summary>
public class RequestPlacesTests
{
    [Fact]
    public void Rooms_ranges_and_named_places_are_read_in_order_once_each()
    {
        Assert.Equal(["0801", "0802", "0803", "大堂", "1201", "游客中心 A 区"], RequestPlaces.Parse("0801-0803, 大堂；1201\n0802\n游客中心 A 区"));
        Assert.Empty(RequestPlaces.Parse("  "));
    }

    [Theory]
    [InlineData("1220-1201")]
    [InlineData("1000-2000")]
    [InlineData("100-700")]
    public void A_backwards_or_too_long_range_is_refused(string text)
    {
        var e = Assert.ThrowsAny<DomainException>(() => RequestPlaces.Parse(text));
        Assert.True(e.Errors.ContainsKey("places"));
    }

    [Fact]
    public void A_range_of_unequal_widths_is_a_name_not_a_range()
    {
        Assert.Equal(["B1-12"], RequestPlaces.Parse("B1-12"));
        Assert.Equal(["9-10"], RequestPlaces.Parse("9-10"));
    }
}
