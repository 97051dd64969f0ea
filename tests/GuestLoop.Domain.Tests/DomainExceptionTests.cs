using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Compensation;
using GuestLoop.Domain.Customers;
using GuestLoop.Domain.Facilities;
using GuestLoop.Domain.Improvement;
using GuestLoop.Domain.Maintenance;
using GuestLoop.Domain.Organisation;
using GuestLoop.Domain.Reservations;
using GuestLoop.Domain.Rooms;
using GuestLoop.Domain.Surveys;
using GuestLoop.Domain.WorkOrders;

namespace GuestLoop.Domain.Tests;

/// <summary>Every domain error has one of the four kinds, which the web edge maps to a status and a message.</summary>
public class DomainExceptionTests
{
    private static readonly (DomainException Error, DomainErrorKind Kind)[] Errors =
    [
        (CaseValidationException.For("title", "The title is required."), DomainErrorKind.Invalid),
        (new GuestValidationException(FieldErrors.For("note", "A note is required.")), DomainErrorKind.Invalid),
        (new AuthorityException(AuthorityLevel.Level3, AuthorityLevel.Level1, CaseAction.ApprovePlan), DomainErrorKind.Forbidden),
        (new PrivacyDeniedException("Your role may not read a guest's personal data."), DomainErrorKind.Forbidden),
        (new ApiKeyRefusedException("Only an administrator of every property a key reaches manages it."), DomainErrorKind.Forbidden),
        (new CaseTransitionException(CaseStatus.Closed, CaseAction.Triage), DomainErrorKind.Conflict),
        (new GuestRuleException("The guest's personal data was erased."), DomainErrorKind.Conflict),
        (new CompensationStepException("Paid", "approve"), DomainErrorKind.Conflict),
        (new ImprovementStateException(ImprovementState.Effective, "done"), DomainErrorKind.Conflict),
        (new SurveyClosedException(SurveyState.Expired), DomainErrorKind.Conflict),
        (new SurveyReminderException("Not due yet."), DomainErrorKind.Conflict),
        (new DuplicateDecidedException(DuplicateState.Merged), DomainErrorKind.Conflict),
        (new SurveyRefusedException(SendingDecision.TooSoon, 30), DomainErrorKind.Conflict),
        (new WorkOrderStepException(WorkOrderState.Verified, "start"), DomainErrorKind.Conflict),
        (new RoomStatusException(RoomStatus.Occupied, RoomStatus.OutOfOrder), DomainErrorKind.Conflict),
        (new LostItemStepException(LostItemState.Returned, "discard"), DomainErrorKind.Conflict),
        (new ReservationStateException(ReservationStatus.Cancelled, "checked in"), DomainErrorKind.Conflict),
        (new NoRoomAvailableException(new DateOnly(2026, 12, 31)), DomainErrorKind.Conflict),
        (new ReservationValidationException(FieldErrors.For("arrival", "Required.")), DomainErrorKind.Invalid),
        (new FacilityBookingStateException(FacilityBookingStatus.Cancelled, "changed"), DomainErrorKind.Conflict),
        (new FacilityValidationException(FieldErrors.For("start", "Required.")), DomainErrorKind.Invalid),
        (new NoSlotAvailableException(new DateOnly(2026, 12, 31), new TimeOnly(18, 0)), DomainErrorKind.Conflict),
        (new InspectionRoundException("complete on a completed round"), DomainErrorKind.Conflict),
        (new WorkOrderDeniedException("Only a supervisor may assign."), DomainErrorKind.Forbidden),
        (new SurveyNotFoundException("No such survey template."), DomainErrorKind.NotFound),
    ];

    [Fact]
    public void Each_domain_error_has_its_kind()
    {
        Assert.All(Errors, e => Assert.Equal(e.Kind, e.Error.Kind));
    }

    [Fact]
    public void Every_domain_error_type_of_the_domain_is_listed_here()
    {
        var types = typeof(DomainException).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DomainException)) && !t.IsAbstract);

        Assert.Equal(types.Select(t => t.Name).Order(), Errors.Select(e => e.Error.GetType().Name).Order());
    }

    [Fact]
    public void Only_an_invalid_error_has_field_errors()
    {
        Assert.All(Errors, e => Assert.Equal(e.Kind == DomainErrorKind.Invalid, e.Error.Errors.Count > 0));
    }

    [Fact]
    public void An_invalid_error_without_field_errors_cannot_be_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Refusal(DomainErrorKind.Invalid));
        Assert.Equal(DomainErrorKind.NotFound, new Refusal(DomainErrorKind.NotFound).Kind);
    }

    [Fact]
    public void A_case_validation_error_names_the_fields_in_its_message()
    {
        var error = new CaseValidationException(FieldErrors.For("satisfaction", "Satisfaction is between 1 and 5."));

        Assert.Equal("The case data is not valid: satisfaction: Satisfaction is between 1 and 5.", error.Message);
    }

    private sealed class Refusal(DomainErrorKind kind) : DomainException(kind, "Refused.");
}
