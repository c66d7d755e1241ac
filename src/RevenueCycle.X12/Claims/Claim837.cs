namespace RevenueCycle.X12;

public enum ClaimKind
{
    /// <summary>837P, 005010X222A1 (CMS-1500).</summary>
    Professional,

    /// <summary>837I, 005010X223A2 (UB-04).</summary>
    Institutional,
}

/// <summary>
/// One claim with everything an 837 needs around it. Claims that share submitter, receiver, billing provider and
/// subscriber are written under the same ST and HL loops.
/// </summary>
public sealed record Claim837
{
    public required ClaimKind Kind { get; init; }
    public required Submitter837 Submitter { get; init; }
    public required Receiver837 Receiver { get; init; }
    public required BillingProvider837 BillingProvider { get; init; }

    /// <summary>NM1*87: only when payment goes to a different address than the billing provider's.</summary>
    public PostalAddress? PayToAddress { get; init; }
    public required Subscriber837 Subscriber { get; init; }
    public required Payer837 Payer { get; init; }

    /// <summary>Null when the patient is the subscriber; otherwise the dependent (loop 2000C).</summary>
    public Patient837? Patient { get; init; }

    /// <summary>CLM01, echoed back as 277CA TRN02 and 835 CLP01.</summary>
    public required string ClaimNumber { get; init; }
    public required decimal TotalCharge { get; init; }

    /// <summary>CLM05-1: the place-of-service code on 837P (11 office); the facility type code (first two digits
    /// of the bill type, e.g. 13) on 837I.</summary>
    public required string PlaceOfService { get; init; }

    /// <summary>CLM05-3: 1 original, 7 replacement, 8 void.</summary>
    public string FrequencyCode { get; init; } = "1";

    /// <summary>REF*F8: the payer's claim number being replaced or voided; required for frequency 7 and 8.</summary>
    public string? PayerClaimControlNumber { get; init; }

    /// <summary>ICD-10-CM codes, principal first (HI ABK, then ABF). Dots are removed on output.</summary>
    public required IReadOnlyList<string> Diagnoses { get; init; }
    public required IReadOnlyList<ServiceLine837> Lines { get; init; }

    /// <summary>NM1*82 (loop 2310B on 837P, 2310D on 837I).</summary>
    public Provider837? RenderingProvider { get; init; }

    /// <summary>NM1*71, 837I only (loop 2310A).</summary>
    public Provider837? AttendingProvider { get; init; }

    /// <summary>DTP*434 statement period, 837I only.</summary>
    public DateOnly? StatementFrom { get; init; }
    public DateOnly? StatementThrough { get; init; }

    /// <summary>CL1-01 / CL1-02 / CL1-03, 837I only.</summary>
    public string? AdmissionTypeCode { get; init; }
    public string? AdmissionSourceCode { get; init; }
    public string? PatientStatusCode { get; init; }
}
