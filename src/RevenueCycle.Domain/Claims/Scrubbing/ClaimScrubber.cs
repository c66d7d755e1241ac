namespace RevenueCycle.Claims.Scrubbing;

/// <summary>Runs the scrub edits over a claim.</summary>
public static class ClaimScrubber
{
    /// <summary>Runs every rule of <see cref="ScrubRules.All"/>.</summary>
    public static IReadOnlyList<ScrubFinding> Scrub(ScrubClaim claim, ScrubContext context) => Scrub(claim, context, ScrubRules.All);

    /// <summary>
    /// Findings ordered for a reader going down the claim: claim-level ones first, then by line number, then by
    /// rule id (ordinal); a rule's own findings keep the order it gave them.
    /// </summary>
    public static IReadOnlyList<ScrubFinding> Scrub(ScrubClaim claim, ScrubContext context, IEnumerable<IScrubRule> rules)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rules);
        return rules
            .SelectMany(rule => rule.Check(claim, context))
            .OrderBy(f => f.LineNumber)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();
    }

    /// <summary>A claim passes when no finding is an error; warnings do not hold it back.</summary>
    public static bool Passed(IEnumerable<ScrubFinding> findings) => ErrorCount(findings) == 0;

    /// <summary>What <see cref="ClaimFacts.ScrubErrors"/> expects when the claim moves DRAFT → READY.</summary>
    public static int ErrorCount(IEnumerable<ScrubFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return findings.Count(f => f.Severity == ScrubSeverity.Error);
    }
}
