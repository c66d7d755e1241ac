namespace RevenueCycle.Claims.Scrubbing;

/// <summary>An error keeps the claim in DRAFT (the payer or clearinghouse would refuse it); a warning informs.</summary>
public enum ScrubSeverity { Error, Warning }
