namespace RevenueCycle.Claims.Scrubbing;

/// <summary>Which 837 the claim becomes: professional (837P, CMS-1500) or institutional (837I, UB-04).</summary>
public enum ScrubClaimForm { Professional, Institutional }
