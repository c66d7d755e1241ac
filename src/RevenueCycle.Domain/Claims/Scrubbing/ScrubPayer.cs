namespace RevenueCycle.Claims.Scrubbing;

/// <summary>The payer the claim goes to.</summary>
/// <param name="EdiPayerId">The clearinghouse payer id that goes in NM1*PR.</param>
/// <param name="ClaimFilingIndicator">SBR09: MB Medicare Part B, MC Medicaid, CI commercial, BL Blue Cross, …</param>
/// <param name="TimelyFilingDays">Days after the date of service the payer accepts the claim; null when none is on file.</param>
public sealed record ScrubPayer(string? Name, string? EdiPayerId, string? ClaimFilingIndicator, int? TimelyFilingDays);
