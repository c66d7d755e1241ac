using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Auditing;
using RevenueCycle.Claims;
using RevenueCycle.Coding;
using RevenueCycle.Denials;
using RevenueCycle.Encounters;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.Identity;
using RevenueCycle.Patients;
using RevenueCycle.Payers;
using RevenueCycle.Payments;
using RevenueCycle.Practice;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Data;

/// <summary>
/// The one database context. Tenant isolation lives here: every <see cref="TenantEntity"/> query is
/// filtered by <see cref="CurrentTenantId"/> and every insert is stamped with it. It also holds the sign-in
/// data: ASP.NET Core Identity's users and roles (global rows, like tenants — see <see cref="User"/>) and
/// OpenIddict's applications, authorizations, scopes and tokens.
/// </summary>
public class RevenueCycleDb(DbContextOptions<RevenueCycleDb> options, TenantScope scope, TimeProvider clock)
    : IdentityDbContext<User, Role, string>(options)
{
    /// <summary>Read by the query filters on every query (EF parameterises it per context instance).</summary>
    public Guid CurrentTenantId => scope.TenantId ?? Guid.Empty;

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<Payer> Payers => Set<Payer>();
    public DbSet<FeeSchedule> FeeSchedules => Set<FeeSchedule>();
    public DbSet<FeeScheduleEntry> FeeScheduleEntries => Set<FeeScheduleEntry>();
    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<Coverage> Coverages => Set<Coverage>();
    public DbSet<Encounter> Encounters => Set<Encounter>();
    public DbSet<EncounterDiagnosis> EncounterDiagnoses => Set<EncounterDiagnosis>();
    public DbSet<ServiceLine> ServiceLines => Set<ServiceLine>();
    public DbSet<EncounterStatusChange> EncounterStatusChanges => Set<EncounterStatusChange>();
    public DbSet<Code> Codes => Set<Code>();
    public DbSet<CodeSetRelease> CodeSetReleases => Set<CodeSetRelease>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<ClaimLine> ClaimLines => Set<ClaimLine>();
    public DbSet<ClaimDiagnosis> ClaimDiagnoses => Set<ClaimDiagnosis>();
    public DbSet<ClaimStatusChange> ClaimStatusChanges => Set<ClaimStatusChange>();
    public DbSet<ScrubFinding> ScrubFindings => Set<ScrubFinding>();
    public DbSet<SubmissionBatch> SubmissionBatches => Set<SubmissionBatch>();
    public DbSet<Acknowledgement> Acknowledgements => Set<Acknowledgement>();
    public DbSet<Remittance> Remittances => Set<Remittance>();
    public DbSet<ClaimPayment> ClaimPayments => Set<ClaimPayment>();
    public DbSet<LinePayment> LinePayments => Set<LinePayment>();
    public DbSet<PaymentAdjustment> PaymentAdjustments => Set<PaymentAdjustment>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<PatientPayment> PatientPayments => Set<PatientPayment>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<Denial> Denials => Set<Denial>();
    public DbSet<DenialAppeal> DenialAppeals => Set<DenialAppeal>();
    public DbSet<DenialStatusChange> DenialStatusChanges => Set<DenialStatusChange>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<Imports.ImportJob> ImportJobs => Set<Imports.ImportJob>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<string>().HaveMaxLength(256);
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<decimal>().HaveConversion<ScaledDecimalConverter>();
            configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        }
        if (!Database.IsNpgsql())
        {
            // The same JSON text EF Core writes for primitive collections, read without its per-value reflection.
            configurationBuilder.Properties<List<string>>().HaveConversion<JsonListConverter<string>, ListComparer<string>>();
            configurationBuilder.Properties<List<int>>().HaveConversion<JsonListConverter<int>, ListComparer<int>>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // On the model rather than the options, so the design-time factories of the migrations get it too.
        modelBuilder.UseOpenIddict();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RevenueCycleDb).Assembly);
        if (Database.IsNpgsql()) CodeMapping.ConfigurePostgres(modelBuilder);
        UnboundOpenIddictText(modelBuilder);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var clr = entityType.ClrType;
            // Through the property, so a new entity's key is generated on first read (see Entity.Id), never left empty.
            if (typeof(Entity).IsAssignableFrom(clr) && !entityType.IsOwned())
                modelBuilder.Entity(clr).Property(nameof(Entity.Id)).UsePropertyAccessMode(PropertyAccessMode.Property);
            if (!typeof(TenantEntity).IsAssignableFrom(clr) || entityType.IsOwned()) continue;
            // Every tenant's rows are found by an index that starts with TenantId; one of the entity's own composite
            // indexes does that already, and a second, single-column one would only cost writes (and mislead
            // SQLite's planner before ANALYZE).
            if (!entityType.GetIndexes().Any(i => i.Properties[0].Name == nameof(TenantEntity.TenantId)))
                modelBuilder.Entity(clr).HasIndex(nameof(TenantEntity.TenantId));
            modelBuilder.Entity(clr).HasQueryFilter(TenantFilter(clr));
            if (typeof(MutableEntity).IsAssignableFrom(clr))
                modelBuilder.Entity(clr).Property(nameof(MutableEntity.Version)).IsConcurrencyToken();
        }
    }

    // Our 256-character default for strings suits names and codes, but OpenIddict keeps JSON (permissions,
    // redirect URIs, properties) and token payloads in columns it leaves unbounded on purpose.
    private static void UnboundOpenIddictText(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => t.ClrType.Namespace?.StartsWith("OpenIddict", StringComparison.Ordinal) == true))
            foreach (var property in entityType.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() == 256))
                property.SetMaxLength(null);
    }

    // e => e.TenantId == this.CurrentTenantId, built per entity type.
    private LambdaExpression TenantFilter(Type clr)
    {
        var e = Expression.Parameter(clr, "e");
        var body = Expression.Equal(
            Expression.Property(e, nameof(TenantEntity.TenantId)),
            Expression.Property(Expression.Constant(this), nameof(CurrentTenantId)));
        return Expression.Lambda(body, e);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void StampChanges()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The audit trail is append-only: no code path may rewrite or remove what it recorded.
        if (ChangeTracker.Entries<AuditEvent>().FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted) is { } audit)
            throw new InvalidOperationException($"Audit events are append-only; refusing to save one as {audit.State}.");
        foreach (var entry in ChangeTracker.Entries<TenantEntity>())
        {
            if (entry.State == EntityState.Added)
            {
                var tenant = scope.RequireTenant();
                if (entry.Entity.TenantId == Guid.Empty) entry.Entity.TenantId = tenant;
                else if (entry.Entity.TenantId != tenant)
                    throw new InvalidOperationException($"Refusing to write a {entry.Metadata.ClrType.Name} of another tenant.");
            }
            else if (entry.State is EntityState.Modified or EntityState.Deleted && entry.Entity.TenantId != scope.RequireTenant())
            {
                throw new InvalidOperationException($"Refusing to change a {entry.Metadata.ClrType.Name} of another tenant.");
            }

            if (entry.Entity is not MutableEntity mutable) continue;
            if (entry.State == EntityState.Added)
            {
                mutable.CreatedAt = now;
                mutable.UpdatedAt = now;
                mutable.Version = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                mutable.UpdatedAt = now;
                mutable.Version++;
            }
        }
    }
}
