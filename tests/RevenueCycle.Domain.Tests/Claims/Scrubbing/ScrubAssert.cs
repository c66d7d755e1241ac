namespace RevenueCycle.Claims.Scrubbing;

internal static class ScrubAssert
{
    public static IReadOnlyList<ScrubFinding> Run(IScrubRule rule, ScrubClaim claim, ScrubContext? context = null) =>
        rule.Check(claim, context ?? ScrubBaseline.Context).ToList();

    /// <summary>The rule reports exactly one finding, of this severity and on this line (null: the claim); returns it for the message.</summary>
    public static ScrubFinding Single(IScrubRule rule, ScrubClaim claim, ScrubSeverity severity, int? line, ScrubContext? context = null)
    {
        var finding = Assert.Single(Run(rule, claim, context));
        Assert.Equal(rule.Id, finding.RuleId);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(line, finding.LineNumber);
        return finding;
    }

    public static ScrubFinding SingleError(IScrubRule rule, ScrubClaim claim, int? line = null, ScrubContext? context = null) =>
        Single(rule, claim, ScrubSeverity.Error, line, context);

    public static void Passes(IScrubRule rule, ScrubClaim claim, ScrubContext? context = null) => Assert.Empty(Run(rule, claim, context));
}
