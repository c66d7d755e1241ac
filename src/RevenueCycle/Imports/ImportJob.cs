using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RevenueCycle.Data;
using RevenueCycle.Payments;

namespace RevenueCycle.Imports;

/// <summary>What an <see cref="ImportJob"/> imports.</summary>
public enum ImportJobKind { Remittance835 }

/// <summary>
/// A file import run in the background (startRemittance835Import, POST /x12/835 with Prefer: respond-async):
/// where it stands, how far it has got, and what it did or why it failed. The file is kept only until the job
/// has run; what it posted is the record (<see cref="RemittanceImport"/>).
/// </summary>
public sealed class ImportJob : TenantEntity
{
    public ImportJobKind Kind { get; set; }
    public ImportState State { get; set; }

    /// <summary>Claims (CLP loops) posted so far and in all; 0 of 0 until the file is read.</summary>
    public int Processed { get; set; }
    public int Total { get; set; }

    /// <summary>The file as received; cleared when the job finishes.</summary>
    public string? Content { get; set; }
    public required string CreatedBy { get; set; }

    /// <summary>The integration that started it, for the audit entry the job writes.</summary>
    public string? ClientId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>Succeeded: what posting did, in words (the counts are on the import).</summary>
    public string? Summary { get; set; }

    /// <summary>Failed: the typed error's name (X12SyntaxError, DuplicateRemittanceError, …, Interrupted) and message.</summary>
    public string? ErrorCode { get; set; }
    public string? ErrorMessage { get; set; }
    public Guid? RemittanceImportId { get; set; }
}

internal sealed class ImportJobMapping : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.Property(j => j.Content).HasMaxLength(int.MaxValue);
        b.Property(j => j.ErrorMessage).HasMaxLength(2000);
        b.Property(j => j.Summary).HasMaxLength(2000);
        b.HasIndex(j => new { j.State, j.CreatedAt });
        b.HasOne<RemittanceImport>().WithMany().HasForeignKey(j => j.RemittanceImportId).OnDelete(DeleteBehavior.Restrict);
    }
}
