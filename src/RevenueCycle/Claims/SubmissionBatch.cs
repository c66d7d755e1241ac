using RevenueCycle.Data;

namespace RevenueCycle.Claims;

/// <summary>One 837 interchange sent to a payer/clearinghouse, kept verbatim with its control numbers.</summary>
public sealed class SubmissionBatch : TenantEntity
{
    public long InterchangeControlNumber { get; set; }
    public ClaimForm Form { get; set; }
    public int ClaimCount { get; set; }
    public decimal TotalCharge { get; set; }
    public required string Content { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
