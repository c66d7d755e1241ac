using RevenueCycle.Data;

namespace RevenueCycle.Claims;

/// <summary>One 837 interchange sent to a payer/clearinghouse, kept verbatim with its control numbers.</summary>
public sealed class SubmissionBatch : TenantEntity
{
    public long InterchangeControlNumber { get; set; }

    /// <summary>GS06 of the batch's one functional group: what a 999 names in AK1-02. (The ST02 of each transaction set is in <see cref="Content"/>.)</summary>
    public long GroupControlNumber { get; set; }
    public ClaimForm Form { get; set; }
    public int ClaimCount { get; set; }
    public decimal TotalCharge { get; set; }
    public required string Content { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
