using GuestLoop.Domain.Cases;
using GuestLoop.Domain.Organisation;
using GuestLoop.Web.Features.Organisation;
using GuestLoop.Web.Features.Account;
using GuestLoop.Web.Features.Cases;
using GuestLoop.Web.Features.Mail;

namespace GuestLoop.Web.Features.Intake;

/// <summary>
/// A new case as any channel hands it to <see cref="ReceiveCase"/>: the checked input, the property, who recorded it, and
/// what the channel saves with it in the same transaction. Each record that names the case gets the new case's id.
/// </summary>
public sealed record CaseIntake(NewCase Case, Property Property, Actor Actor)
{
    /// <summary>Files already in the evidence store, added to the case as the complainant's evidence.</summary>
    public IReadOnlyList<CaseEvidence> Evidence { get; init; } = [];

    /// <summary>A note on the case from the system (e.g. attachments that were not taken).</summary>
    public string? SystemNote { get; init; }

    /// <summary>A regulator's transfer: the case is held to the regulator's deadlines from the start.</summary>
    public (RegulatorTransfer Transfer, IReadOnlyList<RegulatorDocument> Documents)? Transfer { get; init; }

    /// <summary>The API client's Idempotency-Key: a second request with it gets this case.</summary>
    public IdempotencyRecord? Idempotency { get; init; }

    /// <summary>An integration's or an import's reference for the case: the same reference never makes a second case.</summary>
    public IntakeKey? Key { get; init; }

    /// <summary>The mail that became the case: its receipt (taken exactly once) and its Message-ID for threading replies.</summary>
    public (MailReceipt Receipt, string? MessageId)? Mail { get; init; }

    /// <summary>
    /// The address the staff member recording the case reached the app at: the workspace sets it, and its phone and desk
    /// cases tell the guest their tracking link (<see cref="Replies.TrackingLinkNotice"/>). Other channels tell the guest nothing.
    /// </summary>
    public string? TrackingLinkBase { get; init; }

    /// <summary>The work order the case was raised from: tied to the case in the same transaction (a second case for it is refused).</summary>
    public Guid? FromWorkOrder { get; init; }

    /// <summary>An audit entry about the new case, written by whom the channel acts for.</summary>
    public (AccessScope By, string Action, object Details)? Audit { get; init; }
}

/// <summary>A received case, committed, and the deadline rows it was given.</summary>
public sealed record ReceivedCase(Case Case, IReadOnlyList<CaseDeadlineRow> Deadlines);
