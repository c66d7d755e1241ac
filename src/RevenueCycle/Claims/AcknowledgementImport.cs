using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RevenueCycle.Data;

namespace RevenueCycle.Claims;

/// <summary>
/// One 277CA (or 999) file as imported with importAcknowledgements: what it accepted and rejected, and the
/// acknowledgements that matched none of our claims — kept here, never dropped, so a biller can follow them up.
/// </summary>
public sealed class AcknowledgementImport : TenantEntity
{
    public required string SourceHash { get; set; }
    public AcknowledgementSource Source { get; set; }
    public DateTime ReceivedAt { get; set; }
    public required string ReceivedBy { get; set; }
    public int AcceptedClaims { get; set; }
    public int RejectedClaims { get; set; }

    /// <summary>One line per unmatched acknowledgement: claim number, tab, status category:code (e.g. "X123\tA7:562").</summary>
    public string Unmatched { get; set; } = "";
}

internal sealed class AcknowledgementImportMapping : IEntityTypeConfiguration<AcknowledgementImport>
{
    public void Configure(EntityTypeBuilder<AcknowledgementImport> b)
    {
        b.Property(i => i.Unmatched).HasMaxLength(int.MaxValue);
        b.HasIndex(i => new { i.TenantId, i.SourceHash }).IsUnique();
    }
}
