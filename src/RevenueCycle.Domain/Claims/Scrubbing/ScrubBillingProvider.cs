namespace RevenueCycle.Claims.Scrubbing;

/// <summary>Loop 2010AA: the practice or clinician the payer pays.</summary>
/// <param name="TaxId">EIN or SSN, nine digits (a hyphen is tolerated).</param>
/// <param name="Address">A street address: 5010 refuses a post-office box here and wants ZIP+4.</param>
public sealed record ScrubBillingProvider(string? Npi, string? TaxId, string? Name, ScrubAddress? Address);
