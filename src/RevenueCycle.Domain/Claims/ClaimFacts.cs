namespace RevenueCycle.Claims;

/// <summary>
/// What the caller knows about a claim when it asks for a guarded move. A fact left null is unknown,
/// and a guard that needs an unknown fact refuses: a guard is never passed by omission.
/// </summary>
/// <param name="ScrubErrors">Error-severity findings of the scrub just run (warnings do not count).</param>
/// <param name="InsuranceBalance">What is still owed on the claim by insurance after posting, transfers and write-offs.</param>
public sealed record ClaimFacts(int? ScrubErrors = null, decimal? InsuranceBalance = null);
