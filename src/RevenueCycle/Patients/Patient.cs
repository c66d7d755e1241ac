using RevenueCycle.Data;

namespace RevenueCycle.Patients;

/// <summary>A patient of the practice. Everything but the id is PHI: never log it, audit every read.</summary>
public sealed class Patient : MutableEntity
{
    /// <summary>Medical record number, unique within the tenant.</summary>
    public required string Mrn { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public Sex Sex { get; set; }
    public Address Address { get; set; } = new();
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public List<Coverage> Coverages { get; set; } = [];
}
