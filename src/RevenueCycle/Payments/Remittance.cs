using RevenueCycle.Data;
using RevenueCycle.Payers;

namespace RevenueCycle.Payments;

public enum PaymentMethod { Check, Ach, Eft, Card, Cash, NonPayment, Other }

/// <summary>One ERA (835) or paper EOB: a payer's payment and the claims it covers.</summary>
public sealed class Remittance : TenantEntity
{
    public Guid? PayerId { get; set; }
    public Payer? Payer { get; set; }
    public required string PayerName { get; set; }
    public string? PayerIdentifier { get; set; }
    public PaymentMethod Method { get; set; }
    /// <summary>TRN02: the check or EFT trace number; with the payer it identifies the payment.</summary>
    public required string TraceNumber { get; set; }
    public decimal Amount { get; set; }
    public DateOnly PaymentDate { get; set; }
    /// <summary>SHA-256 of the source file, so the same file is never posted twice.</summary>
    public string? SourceHash { get; set; }
    public DateTime PostedAt { get; set; }
    public required string PostedBy { get; set; }
    /// <summary>The 835 file import it came from; null for a manually entered EOB.</summary>
    public Guid? ImportId { get; set; }
    /// <summary>Claims posted to one of ours, kept current when an unmatched payment is matched later.</summary>
    public int PostedClaims { get; set; }
    public int UnmatchedClaims { get; set; }
    public int DenialsCreated { get; set; }
    public List<ClaimPayment> ClaimPayments { get; set; } = [];
}

/// <summary>The remittance's verdict on one claim (CLP). Unmatched when no claim of ours carries its number.</summary>
public sealed class ClaimPayment : TenantEntity
{
    public Guid RemittanceId { get; set; }
    public Guid? ClaimId { get; set; }
    public required string PatientControlNumber { get; set; }
    /// <summary>CLP02: 1 processed as primary, 2 secondary, 3 tertiary, 4 denied, 22 reversal, …</summary>
    public required string StatusCode { get; set; }
    public decimal Charge { get; set; }
    public decimal Paid { get; set; }
    public decimal PatientResponsibility { get; set; }
    public string? PayerClaimControlNumber { get; set; }
    /// <summary>Why it waits in the unmatched queue (no such claim, claim not payable, amounts do not fit); null once posted.</summary>
    public string? UnmatchedReason { get; set; }
    public List<PaymentAdjustment> Adjustments { get; set; } = [];
    public List<LinePayment> Lines { get; set; } = [];
}

/// <summary>A service line's adjudication (SVC).</summary>
public sealed class LinePayment : TenantEntity
{
    public Guid ClaimPaymentId { get; set; }
    public Guid? ClaimLineId { get; set; }
    public required string ProcedureCode { get; set; }
    public List<string> Modifiers { get; set; } = [];
    public decimal Charge { get; set; }
    public decimal Paid { get; set; }
    public decimal Units { get; set; }
}

/// <summary>A CAS adjustment on a claim or a line: group (CO/PR/OA/PI/CR), CARC, optional RARC, amount.</summary>
public sealed class PaymentAdjustment : TenantEntity
{
    public Guid ClaimPaymentId { get; set; }
    public Guid? LinePaymentId { get; set; }
    public required string GroupCode { get; set; }
    public required string ReasonCode { get; set; }
    public string? RemarkCode { get; set; }
    public decimal Amount { get; set; }
    public decimal? Quantity { get; set; }
}
