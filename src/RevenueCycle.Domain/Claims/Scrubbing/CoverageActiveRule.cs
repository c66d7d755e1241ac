using static RevenueCycle.Claims.Scrubbing.ScrubText;

namespace RevenueCycle.Claims.Scrubbing;

/// <summary>
/// COVERAGE_ACTIVE: the coverage billed is in effect on every date of service; a payer denies services outside
/// the coverage dates (CARC 26/27). One claim-level finding naming each uncovered date, since the fix (bill another
/// coverage, or the patient) concerns the claim rather than a line.
/// </summary>
public sealed class CoverageActiveRule : IScrubRule
{
    public string Id => "COVERAGE_ACTIVE";

    public IEnumerable<ScrubFinding> Check(ScrubClaim claim, ScrubContext context)
    {
        var coverage = claim.Coverage;
        // A claim without lines still has its own dates; RequiredDataRule reports the missing lines.
        var dates = claim.Lines.Count > 0 ? claim.Lines.Select(l => l.ServiceDate) : [claim.ServiceDateFrom, claim.ServiceDateTo];
        var uncovered = dates.Where(d => !coverage.IsActiveOn(d)).Distinct().Order().Select(Date).ToList();
        if (uncovered.Count == 0) yield break;
        var span = coverage.EffectiveTo is { } to
            ? $"{Date(coverage.EffectiveFrom)} to {Date(to)}"
            : $"from {Date(coverage.EffectiveFrom)}";
        yield return ScrubFinding.Error(Id, null,
            $"The coverage (effective {span}) was not in effect on {List(uncovered)}. Bill the coverage active on those dates, or the patient.");
    }
}
