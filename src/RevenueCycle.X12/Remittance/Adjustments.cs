namespace RevenueCycle.X12;

/// <summary>One CAS reason: group (CO, PR, OA, PI, CR), CARC, amount and optional quantity.</summary>
public sealed record ClaimAdjustment(string GroupCode, string ReasonCode, decimal Amount, decimal? Quantity = null);

/// <summary>One PLB reason/amount pair. Positive amounts reduce the payment; negative ones add to it.</summary>
/// <param name="ReasonCode">PLB03-1, e.g. WO (overpayment recovery), L6 (interest), CV (capital pass-through).</param>
/// <param name="Reference">PLB03-2, e.g. the claim the recovery relates to.</param>
public sealed record ProviderAdjustment(
    string ProviderId, DateOnly FiscalPeriodDate, string ReasonCode, string? Reference, decimal Amount);
