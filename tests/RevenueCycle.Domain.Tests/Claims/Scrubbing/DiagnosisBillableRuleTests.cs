using static RevenueCycle.Claims.Scrubbing.ScrubAssert;

namespace RevenueCycle.Claims.Scrubbing;

public class DiagnosisBillableRuleTests
{
    private static readonly DiagnosisBillableRule Rule = new();
    private static ScrubClaim Baseline => ScrubBaseline.Claim;

    [Fact]
    public void Baseline_passes() => Passes(Rule, Baseline);

    [Fact]
    public void A_category_header_is_an_error()
    {
        var finding = SingleError(Rule, Baseline with { Diagnoses = [new(1, "E11"), .. Baseline.Diagnoses.Skip(1)] });
        Assert.Contains("diagnosis A (E11) is a category header", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Billability_is_judged_on_the_date_of_service()
    {
        // E78.4 was a billable leaf until it was split on 2018-10-01.
        var withE784 = Baseline with { Diagnoses = [.. Baseline.Diagnoses.Take(2), new(3, "E784")] };
        Passes(Rule, withE784.OnDate(new(2018, 9, 30)));
        Assert.Contains("E78.4", SingleError(Rule, withE784.OnDate(new(2018, 10, 1))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_codes_are_left_to_the_effective_date_rule() =>
        Passes(Rule, Baseline with { Diagnoses = [.. Baseline.Diagnoses.Take(2), new(3, "E7899")] });
}
