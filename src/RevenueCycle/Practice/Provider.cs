using RevenueCycle.Data;

namespace RevenueCycle.Practice;

/// <summary>A rendering or billing clinician.</summary>
public sealed class Provider : MutableEntity
{
    public required string Npi { get; set; }
    public string? TaxonomyCode { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? Credential { get; set; }
    public bool IsArchived { get; set; }
}
