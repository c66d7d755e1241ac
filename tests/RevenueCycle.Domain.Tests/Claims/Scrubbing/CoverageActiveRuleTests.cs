using static RevenueCycle.Claims.Scrubbing.ScrubAssert;

namespace RevenueCycle.Claims.Scrubbing;

public class CoverageActiveRuleTests
{
    private static readonly CoverageActiveRule Rule = new();
    private static ScrubClaim Baseline => ScrubBaseline.Claim;

    [Fact]
    public void Baseline_passes() => Passes(Rule, Baseline);

    [Fact]
    public void Coverage_that_starts_after_the_service_is_an_error()
    {
        var finding = SingleError(Rule, Baseline with { Coverage = Baseline.Coverage with { EffectiveFrom = new(2025, 3, 11) } });
        Assert.Contains("(effective from 2025-03-11) was not in effect on 2025-03-10", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_that_ended_before_the_service_is_an_error() =>
        Assert.Contains("effective 2025-01-01 to 2025-03-09",
            SingleError(Rule, Baseline with { Coverage = Baseline.Coverage with { EffectiveTo = new(2025, 3, 9) } }).Message, StringComparison.Ordinal);

    [Fact]
    public void Effective_dates_are_inclusive() =>
        Passes(Rule, Baseline with { Coverage = Baseline.Coverage with { EffectiveFrom = ScrubBaseline.ServiceDate, EffectiveTo = ScrubBaseline.ServiceDate } });

    [Fact]
    public void Only_the_uncovered_dates_are_named()
    {
        var claim = Baseline.WithLine(4, l => l with { ServiceDate = new(2025, 3, 12) }) with
        {
            ServiceDateTo = new(2025, 3, 12),
            Coverage = Baseline.Coverage with { EffectiveTo = new(2025, 3, 11) },
        };
        var finding = SingleError(Rule, claim);
        Assert.Contains("not in effect on 2025-03-12.", finding.Message, StringComparison.Ordinal);
    }
}
