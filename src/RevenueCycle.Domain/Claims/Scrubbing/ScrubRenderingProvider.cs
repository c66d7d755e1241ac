namespace RevenueCycle.Claims.Scrubbing;

/// <summary>Loop 2310B: the clinician who performed the services, when not the billing provider.</summary>
/// <param name="Taxonomy">NUCC provider taxonomy code (ten characters, e.g. 207Q00000X), when the payer wants PRV.</param>
public sealed record ScrubRenderingProvider(string? Npi, string? Name, string? Taxonomy);
