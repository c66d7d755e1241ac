namespace RevenueCycle.Claims.Scrubbing;

/// <summary>The subscriber's coverage the claim is billed under.</summary>
/// <param name="Relationship">
/// Patient's relationship to the subscriber as X12 codes it: 18 self (SBR02); otherwise PAT01's 01 spouse, 19 child,
/// 20 employee, 21 unknown, 39 organ donor, 40 cadaver donor, 53 life partner, G8 other.
/// </param>
/// <param name="EffectiveTo">Last covered day (inclusive), or null while the coverage is open.</param>
public sealed record ScrubCoverage(string? MemberId, string? Relationship, DateOnly EffectiveFrom, DateOnly? EffectiveTo)
{
    public bool IsActiveOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);
}
