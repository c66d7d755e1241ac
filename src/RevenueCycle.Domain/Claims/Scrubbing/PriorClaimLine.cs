namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// A service already billed on another claim, for the duplicate check. The caller lists the live claims only
/// (not voided, not replaced) of the same patient around the dates of service.
/// </summary>
/// <param name="ProviderNpi">Built as <see cref="ScrubClaim.PerformingNpi"/>: the rendering NPI, else the billing NPI.</param>
/// <param name="Modifiers">
/// Part of the match: the same code with other modifiers (LT vs RT, 76 repeat, 59/XU distinct service) is a
/// different service, which is how payers' own duplicate edits see it.
/// </param>
public sealed record PriorClaimLine(
    string ClaimNumber, string PatientId, string ProviderNpi, DateOnly ServiceDate, string ProcedureCode, IReadOnlyList<string> Modifiers);
