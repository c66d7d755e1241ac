using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RevenueCycle.Auditing;
using RevenueCycle.Claims;
using RevenueCycle.Coding;
using RevenueCycle.Denials;
using RevenueCycle.Encounters;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.Patients;
using RevenueCycle.Payers;
using RevenueCycle.Payments;
using RevenueCycle.Practice;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Data;

// Keys, relationships and the indexes behind the work queues billing teams run all day
// (tenant + status, tenant + date of service, tenant + payer, claim number, member id, MRN).

internal sealed class TenantMapping : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> b)
    {
        b.OwnsOne(t => t.Address);
        b.HasIndex(t => t.Slug).IsUnique();
        b.Property(t => t.Version).IsConcurrencyToken();
    }
}

internal sealed class ProviderMapping : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> b)
    {
        b.Property(p => p.Npi).HasMaxLength(10);
        b.HasIndex(p => new { p.TenantId, p.Npi }).IsUnique();
    }
}

internal sealed class FacilityMapping : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> b) => b.OwnsOne(f => f.Address);
}

internal sealed class PayerMapping : IEntityTypeConfiguration<Payer>
{
    public void Configure(EntityTypeBuilder<Payer> b)
    {
        b.OwnsOne(p => p.Address);
        b.HasIndex(p => new { p.TenantId, p.EdiPayerId });
    }
}

internal sealed class FeeScheduleMapping : IEntityTypeConfiguration<FeeSchedule>
{
    public void Configure(EntityTypeBuilder<FeeSchedule> b)
    {
        b.HasMany(f => f.Entries).WithOne().HasForeignKey(e => e.FeeScheduleId);
        b.HasOne(f => f.Payer).WithMany().HasForeignKey(f => f.PayerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FeeScheduleEntryMapping : IEntityTypeConfiguration<FeeScheduleEntry>
{
    public void Configure(EntityTypeBuilder<FeeScheduleEntry> b) =>
        b.HasIndex(e => new { e.FeeScheduleId, e.ProcedureCode }).IsUnique();
}

internal sealed class PatientMapping : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> b)
    {
        b.OwnsOne(p => p.Address);
        b.HasIndex(p => new { p.TenantId, p.Mrn }).IsUnique();
        b.HasIndex(p => new { p.TenantId, p.LastName, p.FirstName });
        b.HasMany(p => p.Coverages).WithOne(c => c.Patient).HasForeignKey(c => c.PatientId);
    }
}

internal sealed class CoverageMapping : IEntityTypeConfiguration<Coverage>
{
    public void Configure(EntityTypeBuilder<Coverage> b)
    {
        b.HasOne(c => c.Payer).WithMany().HasForeignKey(c => c.PayerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.TenantId, c.MemberId });
        b.HasIndex(c => new { c.TenantId, c.PayerId });
        b.HasIndex(c => new { c.TenantId, c.PatientId, c.Priority });
    }
}

internal sealed class EncounterMapping : IEntityTypeConfiguration<Encounter>
{
    public void Configure(EntityTypeBuilder<Encounter> b)
    {
        b.Property(e => e.Notes).HasMaxLength(8000);
        b.Property(e => e.HoldQuery).HasMaxLength(2000);
        b.Property(e => e.HoldAnswer).HasMaxLength(2000);
        b.HasOne(e => e.Patient).WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Provider).WithMany().HasForeignKey(e => e.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Facility).WithMany().HasForeignKey(e => e.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Diagnoses).WithOne().HasForeignKey(d => d.EncounterId);
        b.HasMany(e => e.ServiceLines).WithOne().HasForeignKey(l => l.EncounterId);
        b.HasIndex(e => new { e.TenantId, e.Status });
        b.HasIndex(e => new { e.TenantId, e.ServiceDateFrom });
        b.HasIndex(e => new { e.TenantId, e.PatientId, e.ServiceDateFrom });
    }
}

internal sealed class CodeMapping : IEntityTypeConfiguration<Code>
{
    public void Configure(EntityTypeBuilder<Code> b)
    {
        b.Property(c => c.Value).HasMaxLength(16);
        b.Property(c => c.Display).HasMaxLength(16);
        // HCPCS long descriptions run to 4,500 characters and RARC texts to 1,900: no length limit (-1), so
        // text on PostgreSQL and nvarchar(max) on SQL Server.
        b.Property(c => c.Description).HasMaxLength(-1);
        b.Property(c => c.SearchText).HasMaxLength(-1);
        b.Property(c => c.Release).HasMaxLength(Code.MaxReleaseLength);
        // Also serves code(system:, value:) and the (System, Value) order of a code list.
        b.HasIndex(c => new { c.System, c.Value, c.EffectiveFrom }).IsUnique();
    }

    /// <summary>
    /// Word search is LIKE '% WORD%' on SearchText, which no B-tree can serve. PostgreSQL's pg_trgm GIN index
    /// can (a trusted extension, so a database owner may create it). SQLite has an FTS5 index instead (created by
    /// its CodeSets migration, see CodeSearch); SQL Server scans. Timings in docs/performance.md.
    /// </summary>
    public static void ConfigurePostgres(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<Code>().HasIndex(c => c.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

internal sealed class CodeSetReleaseMapping : IEntityTypeConfiguration<CodeSetRelease>
{
    public void Configure(EntityTypeBuilder<CodeSetRelease> b) =>
        b.HasIndex(r => new { r.System, r.ContentHash }).IsUnique();
}

internal sealed class ClaimMapping : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> b)
    {
        b.Property(c => c.Number).HasMaxLength(38);
        b.HasIndex(c => new { c.TenantId, c.Number }).IsUnique();
        b.HasIndex(c => new { c.TenantId, c.Status });
        // The default claim order (newest service date first, then the key) walks this index: a page is 51 index
        // entries instead of every claim of the newest dates sorted in a temporary B-tree.
        b.HasIndex(c => new { c.TenantId, c.ServiceDateFrom, c.Id }).IsDescending(false, true, false);
        b.HasIndex(c => new { c.TenantId, c.PayerId, c.Status });
        b.HasIndex(c => new { c.TenantId, c.PatientId });
        b.HasOne(c => c.Encounter).WithMany().HasForeignKey(c => c.EncounterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Patient).WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Coverage).WithMany().HasForeignKey(c => c.CoverageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Payer).WithMany().HasForeignKey(c => c.PayerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Provider).WithMany().HasForeignKey(c => c.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Facility).WithMany().HasForeignKey(c => c.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Claim>().WithMany().HasForeignKey(c => c.ReplacesClaimId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Claim>().WithMany().HasForeignKey(c => c.ChargeClaimId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(c => c.LedgerClaimId);
        b.HasOne<SubmissionBatch>().WithMany().HasForeignKey(c => c.SubmissionBatchId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.ClaimId);
        b.HasMany(c => c.Diagnoses).WithOne().HasForeignKey(d => d.ClaimId);
        b.HasMany(c => c.StatusHistory).WithOne().HasForeignKey(h => h.ClaimId);
        b.HasMany(c => c.ScrubFindings).WithOne().HasForeignKey(f => f.ClaimId);
    }
}

// Child rows are read in batches "this tenant's rows of these parents, in order" (Load.Children). A (TenantId,
// parent, order) index answers that without statistics; with only the single-column TenantId index SQLite
// (before ANALYZE) reads every row of the tenant to find a page's children.
internal sealed class ClaimLineMapping : IEntityTypeConfiguration<ClaimLine>
{
    public void Configure(EntityTypeBuilder<ClaimLine> b) => b.HasIndex(l => new { l.TenantId, l.ClaimId, l.LineNumber });
}

internal sealed class ClaimDiagnosisMapping : IEntityTypeConfiguration<ClaimDiagnosis>
{
    public void Configure(EntityTypeBuilder<ClaimDiagnosis> b) => b.HasIndex(d => new { d.TenantId, d.ClaimId, d.Sequence });
}

internal sealed class ClaimStatusChangeMapping : IEntityTypeConfiguration<ClaimStatusChange>
{
    public void Configure(EntityTypeBuilder<ClaimStatusChange> b)
    {
        b.Property(h => h.Reason).HasMaxLength(2000);
        b.HasIndex(h => new { h.ClaimId, h.At });
    }
}

internal sealed class ScrubFindingMapping : IEntityTypeConfiguration<ScrubFinding>
{
    public void Configure(EntityTypeBuilder<ScrubFinding> b) => b.Property(f => f.Message).HasMaxLength(1000);
}

internal sealed class SubmissionBatchMapping : IEntityTypeConfiguration<SubmissionBatch>
{
    public void Configure(EntityTypeBuilder<SubmissionBatch> b)
    {
        b.Property(s => s.Content).HasMaxLength(int.MaxValue);
        b.HasIndex(s => new { s.TenantId, s.InterchangeControlNumber }).IsUnique();
        b.HasIndex(s => new { s.TenantId, s.GroupControlNumber });
    }
}

internal sealed class AcknowledgementMapping : IEntityTypeConfiguration<Acknowledgement>
{
    public void Configure(EntityTypeBuilder<Acknowledgement> b)
    {
        b.Property(a => a.Message).HasMaxLength(2000);
        b.HasOne<Claim>().WithMany().HasForeignKey(a => a.ClaimId);
    }
}

internal sealed class RemittanceMapping : IEntityTypeConfiguration<Remittance>
{
    public void Configure(EntityTypeBuilder<Remittance> b)
    {
        b.HasOne(r => r.Payer).WithMany().HasForeignKey(r => r.PayerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.ClaimPayments).WithOne().HasForeignKey(p => p.RemittanceId);
        b.HasIndex(r => new { r.TenantId, r.SourceHash });
        b.HasIndex(r => new { r.TenantId, r.PayerIdentifier, r.TraceNumber });
        b.HasIndex(r => new { r.TenantId, r.PaymentDate });
    }
}

internal sealed class ClaimPaymentMapping : IEntityTypeConfiguration<ClaimPayment>
{
    public void Configure(EntityTypeBuilder<ClaimPayment> b)
    {
        b.HasOne<Claim>().WithMany().HasForeignKey(p => p.ClaimId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Adjustments).WithOne().HasForeignKey(a => a.ClaimPaymentId);
        b.HasMany(p => p.Lines).WithOne().HasForeignKey(l => l.ClaimPaymentId);
        b.HasIndex(p => new { p.TenantId, p.PatientControlNumber });
    }
}

internal sealed class LedgerEntryMapping : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> b)
    {
        b.Property(e => e.Memo).HasMaxLength(1000);
        b.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Claim>().WithMany().HasForeignKey(e => e.ClaimId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.TenantId, e.PatientId, e.PostedAt });
        b.HasOne<LedgerEntry>().WithMany().HasForeignKey(e => e.ReversesEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.TenantId, e.ClaimId });
    }
}

internal sealed class PatientPaymentMapping : IEntityTypeConfiguration<PatientPayment>
{
    public void Configure(EntityTypeBuilder<PatientPayment> b) =>
        b.HasOne<Patient>().WithMany().HasForeignKey(p => p.PatientId).OnDelete(DeleteBehavior.Restrict);
}

internal sealed class StatementMapping : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> b) =>
        b.HasOne<Patient>().WithMany().HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.Restrict);
}

internal sealed class DenialMapping : IEntityTypeConfiguration<Denial>
{
    public void Configure(EntityTypeBuilder<Denial> b)
    {
        b.HasOne<Claim>().WithMany().HasForeignKey(d => d.ClaimId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Appeals).WithOne().HasForeignKey(a => a.DenialId);
        b.HasIndex(d => new { d.TenantId, d.Status, d.DueDate });
    }
}

internal sealed class DenialAppealMapping : IEntityTypeConfiguration<DenialAppeal>
{
    public void Configure(EntityTypeBuilder<DenialAppeal> b) => b.Property(a => a.Letter).HasMaxLength(8000);
}

internal sealed class AuditEventMapping : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.Property(a => a.Details).HasMaxLength(4000);
        b.HasIndex(a => new { a.TenantId, a.At });
        b.HasIndex(a => new { a.TenantId, a.EntityType, a.EntityId });
    }
}

internal sealed class EncounterStatusChangeMapping : IEntityTypeConfiguration<EncounterStatusChange>
{
    public void Configure(EntityTypeBuilder<EncounterStatusChange> b)
    {
        b.HasOne<Encounter>().WithMany().HasForeignKey(h => h.EncounterId);
        b.Property(h => h.Reason).HasMaxLength(2000);
        b.HasIndex(h => new { h.EncounterId, h.At });
    }
}

internal sealed class DenialStatusChangeMapping : IEntityTypeConfiguration<DenialStatusChange>
{
    public void Configure(EntityTypeBuilder<DenialStatusChange> b)
    {
        b.HasOne<Denial>().WithMany().HasForeignKey(h => h.DenialId);
        b.Property(h => h.Reason).HasMaxLength(2000);
        b.HasIndex(h => new { h.DenialId, h.At });
    }
}

internal sealed class IdempotencyRecordMapping : IEntityTypeConfiguration<IdempotencyRecord>
{
    // The unique index is what makes two concurrent retries with one key act once.
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b) => b.HasIndex(r => new { r.TenantId, r.Key }).IsUnique();
}
