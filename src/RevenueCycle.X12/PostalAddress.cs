namespace RevenueCycle.X12;

/// <summary>N3/N4 address.</summary>
public sealed record PostalAddress(string Line1, string? Line2, string City, string State, string PostalCode);
