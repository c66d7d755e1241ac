using RevenueCycle.Data;

namespace RevenueCycle.Denials;

public enum DenialCategory { Eligibility, Authorization, Coding, MedicalNecessity, Duplicate, TimelyFiling, MissingInformation, Other }

/// <summary>A payer's refusal to pay (all or part of) a claim, worked by a biller until it is resolved.</summary>
public sealed class Denial : MutableEntity
{
    public Guid ClaimId { get; set; }
    public Guid? ClaimLineId { get; set; }
    public Guid? ClaimPaymentId { get; set; }
    public required string GroupCode { get; set; }
    public required string ReasonCode { get; set; }
    public string? RemarkCode { get; set; }
    public decimal Amount { get; set; }
    public DenialCategory Category { get; set; }
    public string? OwnerUserId { get; set; }
    /// <summary>Appeal deadline: remittance date + the payer's appeal days.</summary>
    public DateOnly DueDate { get; set; }
    public DenialStatus Status { get; set; }
    public List<DenialAppeal> Appeals { get; set; } = [];
}

public sealed class DenialAppeal : TenantEntity
{
    public Guid DenialId { get; set; }
    public DateTime SubmittedAt { get; set; }
    public required string SubmittedBy { get; set; }
    public required string Letter { get; set; }
    public string? Outcome { get; set; }
}

/// <summary>Append-only record of one denial status transition.</summary>
public sealed class DenialStatusChange : TenantEntity
{
    public Guid DenialId { get; set; }
    public DenialStatus? From { get; set; }
    public DenialStatus To { get; set; }
    public required string Actor { get; set; }
    public string? Reason { get; set; }
    public DateTime At { get; set; }
}
