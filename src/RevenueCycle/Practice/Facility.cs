using RevenueCycle.Data;

namespace RevenueCycle.Practice;

/// <summary>A service location; its place-of-service code goes on professional claims.</summary>
public sealed class Facility : MutableEntity
{
    public required string Name { get; set; }
    public string? Npi { get; set; }
    public Address Address { get; set; } = new();
    /// <summary>CMS place-of-service code, e.g. 11 office, 22 outpatient hospital.</summary>
    public string PlaceOfServiceCode { get; set; } = "11";
    public bool IsArchived { get; set; }
}
