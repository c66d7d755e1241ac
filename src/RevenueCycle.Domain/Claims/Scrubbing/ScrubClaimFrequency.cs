namespace RevenueCycle.Claims.Scrubbing;

/// <summary>CLM05-3 claim frequency: 1 original, 7 replacement of a prior claim, 8 void of a prior claim.</summary>
public enum ScrubClaimFrequency { Original = 1, Replacement = 7, Void = 8 }
