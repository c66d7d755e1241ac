using RevenueCycle.Data;

namespace RevenueCycle.Tenancy;

/// <summary>A practice or billing company. The root of tenancy, so not itself tenant-filtered.</summary>
public sealed class Tenant : Entity
{
    public required string Name { get; set; }
    public string Slug { get; set; } = "";
    public string? BillingNpi { get; set; }
    public string? TaxId { get; set; }
    public Address Address { get; set; } = new();
    public string TimeZone { get; set; } = "America/New_York";
    /// <summary>Submitter id used in ISA06/NM1*41 when this tenant sends 837s.</summary>
    public string? SubmitterId { get; set; }
    public int StatementDueDays { get; set; } = 30;

    /// <summary>
    /// The last ISA13 given to an 837 of this tenant. submitClaims increments it with one UPDATE inside its
    /// transaction, so concurrent submitters queue on this row (PostgreSQL row lock, SQLite's single writer) and each
    /// gets its own number; never changed through the tracked entity.
    /// </summary>
    public long LastInterchangeControlNumber { get; set; }
    public long Version { get; set; }
    public DateTime CreatedAt { get; set; }
}
