namespace RevenueCycle.Claims.Scrubbing;

/// <summary>A US postal address as the 837 N3/N4 segments carry it.</summary>
/// <param name="State">Two-letter state code.</param>
/// <param name="PostalCode">ZIP (5 digits) or ZIP+4 (9 digits, with or without the hyphen).</param>
public sealed record ScrubAddress(string? Line1, string? Line2, string? City, string? State, string? PostalCode);
