namespace RevenueCycle.X12;

/// <summary>The 277CA verdict on one submitted claim (loop 2200D).</summary>
public sealed record ClaimAcknowledgement
{
    /// <summary>TRN02 of the patient loop: the submitter's trace, i.e. our claim number (CLM01).</summary>
    public required string PatientControlNumber { get; init; }

    /// <summary>REF*1K: the payer's claim number, present once the payer has accepted the claim.</summary>
    public string? PayerClaimControlNumber { get; init; }
    public required AcknowledgementOutcome Outcome { get; init; }

    /// <summary>Every STC of the claim (and of its service lines), in file order.</summary>
    public required IReadOnlyList<AcknowledgementStatus> Statuses { get; init; }

    /// <summary>NM1*QC.</summary>
    public PartyName? PatientName { get; init; }
    public string? PatientMemberId { get; init; }

    /// <summary>NM109 of the billing provider loop (2000C) above the claim.</summary>
    public string? BillingProviderId { get; init; }

    /// <summary>REF*BLT: institutional bill type.</summary>
    public string? BillType { get; init; }

    /// <summary>DTP*472: claim service period.</summary>
    public DateOnly? ServiceFrom { get; init; }
    public DateOnly? ServiceTo { get; init; }

    /// <summary>STC04 of the first claim status: the total charge the payer received.</summary>
    public decimal? ChargeAmount { get; init; }
}
