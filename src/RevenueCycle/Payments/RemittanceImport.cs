using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RevenueCycle.Data;

namespace RevenueCycle.Payments;

/// <summary>
/// One 835 file as received (through importRemittance835 or POST /x12/835): its hash and what posting it did.
/// The counts are those of the import; a remittance's own counts stay current as its unmatched payments are worked.
/// </summary>
public sealed class RemittanceImport : TenantEntity
{
    /// <summary>SHA-256 of the file; unique per tenant, so the same file is never imported twice, even concurrently.</summary>
    public required string SourceHash { get; set; }
    public DateTime ReceivedAt { get; set; }
    public required string ReceivedBy { get; set; }
    public int RemittanceCount { get; set; }
    public int ClaimCount { get; set; }
    public int PostedClaims { get; set; }
    public int UnmatchedClaims { get; set; }
    public int DenialsCreated { get; set; }
}

internal sealed class RemittanceImportMapping : IEntityTypeConfiguration<RemittanceImport>
{
    public void Configure(EntityTypeBuilder<RemittanceImport> b)
    {
        b.HasIndex(i => new { i.TenantId, i.SourceHash }).IsUnique();
        b.HasMany<Remittance>().WithOne().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}
