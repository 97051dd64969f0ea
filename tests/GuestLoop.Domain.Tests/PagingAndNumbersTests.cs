using GuestLoop.Domain.Organisation;

namespace GuestLoop.Domain.Tests;

public class PagingAndNumbersTests
{
    [Theory]
    [InlineData(1, 50, "")]
    [InlineData(0, 50, "page")]
    [InlineData(1, 0, "pageSize")]
    [InlineData(1, 201, "pageSize")]
    [InlineData(-1, 500, "page,pageSize")]
    public void A_page_counts_from_one_and_a_page_size_from_one_to_two_hundred(int page, int size, string fields)
    {
        var errors = new FieldErrors();

        Paging.Check(page, size, errors);

        Assert.Equal(fields, string.Join(',', errors.Keys.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void A_booking_number_is_its_kind_the_date_and_a_tail_without_letters_that_are_misread()
    {
        var numbers = Enumerable.Range(0, 500).Select(_ => BookingNumber.New('F', new DateOnly(2027, 1, 15), 5)).ToList();

        Assert.All(numbers, n => Assert.Matches("^F270115[0-9A-HJKMNP-TV-Z]{5}$", n));
        Assert.True(numbers.Distinct().Count() > 490);
    }
}
