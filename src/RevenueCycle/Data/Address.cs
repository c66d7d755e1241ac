namespace RevenueCycle.Data;

/// <summary>A postal address, stored inline with its owner.</summary>
public sealed class Address
{
    public string Line1 { get; set; } = "";
    public string? Line2 { get; set; }
    public string City { get; set; } = "";
    public string State { get; set; } = "";
    public string PostalCode { get; set; } = "";
}
