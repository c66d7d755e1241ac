namespace RevenueCycle.X12;

/// <summary>One CLP loop: the payer's decision on one claim.</summary>
public sealed record RemittanceClaim
{
    /// <summary>CLP01: our claim number as we submitted it (CLM01).</summary>
    public required string PatientControlNumber { get; init; }

    /// <summary>CLP02: 1/2/3 processed as primary/secondary/tertiary, 4 denied, 22 reversal, …</summary>
    public required string StatusCode { get; init; }
    public required decimal TotalCharge { get; init; }
    public required decimal Paid { get; init; }
    public decimal? PatientResponsibility { get; init; }

    /// <summary>CLP06: MA, MB, MC, CI, 12, …</summary>
    public string? ClaimFilingIndicator { get; init; }

    /// <summary>CLP07: the payer's own claim number, needed for replacements (REF*F8).</summary>
    public string? PayerClaimControlNumber { get; init; }
    public string? FacilityTypeCode { get; init; }
    public string? FrequencyCode { get; init; }

    /// <summary>NM1*QC.</summary>
    public PartyName? PatientName { get; init; }
    public string? PatientIdQualifier { get; init; }
    public string? PatientId { get; init; }

    /// <summary>DTM*232 / DTM*233 / DTM*050.</summary>
    public DateOnly? StatementFrom { get; init; }
    public DateOnly? StatementTo { get; init; }
    public DateOnly? ReceivedDate { get; init; }

    /// <summary>Claim-level CAS, one entry per reason (a CAS segment carries up to six).</summary>
    public IReadOnlyList<ClaimAdjustment> Adjustments { get; init; } = [];

    /// <summary>MOA (professional) or MIA (institutional) remark codes.</summary>
    public IReadOnlyList<string> RemarkCodes { get; init; } = [];
    public IReadOnlyList<RemittanceServiceLine> Lines { get; init; } = [];
}
