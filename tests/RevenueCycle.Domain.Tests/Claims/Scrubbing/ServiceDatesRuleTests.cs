using static RevenueCycle.Claims.Scrubbing.ScrubAssert;

namespace RevenueCycle.Claims.Scrubbing;

public class ServiceDatesRuleTests
{
    private static readonly ServiceDatesRule Rule = new();
    private static ScrubClaim Baseline => ScrubBaseline.Claim;

    [Fact]
    public void Baseline_passes() => Passes(Rule, Baseline);

    [Fact]
    public void A_span_that_runs_backwards_is_an_error()
    {
        var claim = Baseline with { ServiceDateFrom = new(2025, 3, 11), ServiceDateTo = new(2025, 3, 10) };
        // The lines (3/10) are still inside neither bound's order, so look only at the claim-level finding.
        var finding = Assert.Single(Run(Rule, claim), f => f.LineNumber is null);
        Assert.Contains("run backwards", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_outside_the_span_is_reported_on_that_line()
    {
        var finding = SingleError(Rule, Baseline.WithLine(2, l => l with { ServiceDate = new(2025, 3, 9) }), line: 2);
        Assert.Contains("2025-03-09, outside the claim's dates of service (2025-03-10 to 2025-03-10)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_may_be_billed_tomorrow_may_not()
    {
        Passes(Rule, Baseline.OnDate(ScrubBaseline.Today));
        var finding = SingleError(Rule, Baseline.OnDate(ScrubBaseline.Today.AddDays(1)));
        Assert.Contains("after today", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_patient_born_after_the_service_is_an_error()
    {
        Passes(Rule, Baseline.WithPatient(p => p with { DateOfBirth = ScrubBaseline.ServiceDate }));
        SingleError(Rule, Baseline.WithPatient(p => p with { DateOfBirth = ScrubBaseline.ServiceDate.AddDays(1) }));
    }
}
