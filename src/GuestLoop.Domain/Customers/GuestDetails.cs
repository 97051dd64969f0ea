using GuestLoop.Domain.Cases;

namespace GuestLoop.Domain.Customers;

/// <summary>Basic information and contacts of a guest, as entered or corrected.</summary>
public sealed record GuestDetails(
    string? Name,
    string? Phone = null,
    string? Email = null,
    string? IdNumber = null,
    string? Address = null,
    string? Gender = null,
    string? AgeRange = null,
    string? Occupation = null)
{
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (Name is { Length: > Guest.NameMax })
        {
            errors.Add("name", $"The name is at most {Guest.NameMax} characters.");
        }

        ContactRules.Check(Phone, Email, errors);

        if (IdNumber is { Length: > 40 })
        {
            errors.Add("idNumber", "The document number is at most 40 characters.");
        }

        TextLimits.Check(errors, "gender", Gender, TextLimits.Short);
        TextLimits.Check(errors, "ageRange", AgeRange, TextLimits.Short);
        TextLimits.Check(errors, "occupation", Occupation, TextLimits.Short);
        if (Address is { Length: > Guest.TextMax })
        {
            errors.Add("address", $"The address is at most {Guest.TextMax} characters.");
        }

        if (string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(IdNumber))
        {
            errors.Add("name", "A name or a contact is required.");
        }

        return errors;
    }
}
