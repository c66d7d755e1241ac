namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// Everything the scrub edits look at, copied out of the stored claim so the rules stay pure: no database, no
/// clock, no HTTP. Values the source may lack are nullable so that <see cref="RequiredDataRule"/> can say which
/// one is missing instead of the mapping failing.
/// </summary>
/// <param name="PayerClaimControlNumber">The payer's number of the claim this one replaces or voids (REF*F8), for frequency 7 and 8.</param>
/// <param name="PlaceOfService">Two-digit CMS place-of-service code (11 office, 22 outpatient hospital, …); professional claims only.</param>
/// <param name="RenderingProvider">Null when the billing provider rendered the services.</param>
public sealed record ScrubClaim(
    string? Number,
    ScrubClaimForm Form,
    ScrubClaimFrequency Frequency,
    string? PayerClaimControlNumber,
    DateOnly ServiceDateFrom,
    DateOnly ServiceDateTo,
    string? PlaceOfService,
    decimal TotalCharge,
    ScrubBillingProvider BillingProvider,
    ScrubRenderingProvider? RenderingProvider,
    ScrubPatient Patient,
    ScrubCoverage Coverage,
    ScrubPayer Payer,
    IReadOnlyList<ScrubDiagnosis> Diagnoses,
    IReadOnlyList<ScrubLine> Lines)
{
    /// <summary>The NPI that performed the services: the rendering provider's, else the billing provider's.</summary>
    public string? PerformingNpi =>
        string.IsNullOrWhiteSpace(RenderingProvider?.Npi) ? BillingProvider.Npi : RenderingProvider.Npi;
}
