using static RevenueCycle.Claims.Scrubbing.ScrubAssert;

namespace RevenueCycle.Claims.Scrubbing;

public class UnitsAndChargesRuleTests
{
    private static readonly UnitsAndChargesRule Rule = new();
    private static ScrubClaim Baseline => ScrubBaseline.Claim;

    [Fact]
    public void Baseline_passes() => Passes(Rule, Baseline);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Units_must_be_positive(int units) =>
        Assert.Contains("bills", SingleError(Rule, Baseline.WithLine(2, l => l with { Units = units }), line: 2).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(0)]
    [InlineData(-12.5)]
    public void Charges_must_be_positive(decimal charge) =>
        Assert.Contains("charges", SingleError(Rule, Baseline.WithLine(3, l => l with { Charge = charge }), line: 3).Message, StringComparison.Ordinal);

    [Fact]
    public void The_total_must_equal_the_sum_of_the_lines() =>
        Assert.Contains("203.56 is not the sum of its lines (203.55)",
            SingleError(Rule, Baseline with { TotalCharge = 203.56m }).Message, StringComparison.Ordinal);

    [Fact]
    public void Fractional_units_are_allowed() => Passes(Rule, Baseline.WithLine(2, l => l with { Units = 0.5m }));
}
