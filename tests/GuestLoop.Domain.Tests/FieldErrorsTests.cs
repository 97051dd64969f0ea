using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Tests;

/// <summary>The field-errors builder: what it holds is what a validation problem's "errors" shows, in the same order.</summary>
public class FieldErrorsTests
{
    [Fact]
    public void A_new_builder_has_no_problem_and_refuses_nothing()
    {
        var errors = new FieldErrors();

        Assert.False(errors.Any);
        Assert.Empty(errors);
        errors.ThrowIfAny();
    }

    [Fact]
    public void Fields_keep_the_order_they_were_found_in()
    {
        var errors = new FieldErrors();
        errors.Add("title", "The title is required.");
        errors.Add("description", "The description is required.");
        errors.Add("customer.phone", "Not a phone number.");

        Assert.True(errors.Any);
        Assert.Equal(["title", "description", "customer.phone"], errors.Keys);
        Assert.Equal(["The title is required."], errors["title"]);
    }

    [Fact]
    public void A_later_problem_of_a_field_replaces_the_earlier_one_where_it_was()
    {
        var errors = new FieldErrors();
        errors.Add("name", "The name is at most 100 characters.");
        errors.Add("phone", "Not a phone number.");
        errors.Add("name", "A name or a contact is required.");

        Assert.Equal(["name", "phone"], errors.Keys);
        Assert.Equal(["A name or a contact is required."], errors["name"]);
    }

    [Fact]
    public void TryAdd_keeps_the_first_problem_found()
    {
        var errors = new FieldErrors();
        errors.Add("title", "The title is required.");

        Assert.False(errors.TryAdd("title", "At most 200 characters."));
        Assert.True(errors.TryAdd("place", "At most 200 characters."));
        Assert.Equal(["The title is required."], errors["title"]);
        Assert.Equal(["title", "place"], errors.Keys);
    }

    [Fact]
    public void A_list_checked_as_a_whole_keeps_every_message()
    {
        var errors = FieldErrors.For("words", ["At most 200 words.", "'x' is too long."]);

        Assert.Equal(["At most 200 words.", "'x' is too long."], errors["words"]);
    }

    [Fact]
    public void The_problems_of_another_check_are_added_after_and_replace_the_same_fields()
    {
        var errors = FieldErrors.For("externalRef", "The platform's own reference (1 to 200 characters) is required.");
        errors.Add("kind", "'x' is not one of complaint|praise.");
        var other = FieldErrors.For("title", "The title is required.");
        other.Add("externalRef", "At most 200 characters.");

        errors.Add(other);

        Assert.Equal(["externalRef", "kind", "title"], errors.Keys);
        Assert.Equal(["At most 200 characters."], errors["externalRef"]);
    }

    [Fact]
    public void As_a_dictionary_it_holds_the_same_fields_and_messages_in_the_same_order()
    {
        var errors = FieldErrors.For("to", "A period is at most 1100 days.");
        errors.Add("department", "Not a department id.");

        var dictionary = errors.ToDictionary();

        Assert.Equal(errors.Keys, dictionary.Keys);
        Assert.Equal(errors.Values, dictionary.Values);
        Assert.True(errors.TryGetValue("department", out var messages) && messages is ["Not a department id."]);
        Assert.False(errors.ContainsKey("from"));
    }

    [Fact]
    public void ThrowIfAny_refuses_with_an_invalid_error_that_keeps_what_was_found_then()
    {
        var errors = FieldErrors.For("amount", "At most two decimal places.");

        var refused = Assert.Throws<CaseValidationException>(errors.ThrowIfAny);
        errors.Add("currency", "An ISO 4217 currency code such as CNY.");

        Assert.Equal(DomainErrorKind.Invalid, refused.Kind);
        Assert.Equal(["amount"], refused.Errors.Keys);
        Assert.Equal(["At most two decimal places."], refused.Errors["amount"]);
    }

    [Fact]
    public void None_is_empty_and_cannot_be_changed()
    {
        Assert.Empty(FieldErrors.None);
        Assert.IsNotType<FieldErrors>(FieldErrors.None);
    }
}
