using static RevenueCycle.Claims.Scrubbing.ScrubAssert;

namespace RevenueCycle.Claims.Scrubbing;

public class TimelyFilingRuleTests
{
    private static readonly TimelyFilingRule Rule = new();
    private static ScrubClaim Baseline => ScrubBaseline.Claim;

    // The baseline is scrubbed 22 days after its date of service (2025-03-10 → 2025-04-01).
    private static ScrubClaim WithLimit(int? days) => Baseline with { Payer = Baseline.Payer with { TimelyFilingDays = days } };

    [Fact]
    public void Baseline_passes() => Passes(Rule, Baseline);

    [Fact]
    public void Past_the_limit_is_an_error()
    {
        var finding = SingleError(Rule, WithLimit(21));
        Assert.Contains("limit is 21 days from the date of service (2025-03-10); it passed on 2025-03-31, 1 days ago", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void On_the_last_day_it_is_only_a_warning() =>
        Assert.Contains("runs out on 2025-04-01", Single(Rule, WithLimit(22), ScrubSeverity.Warning, null).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(35, true)]  // 13 days left
    [InlineData(36, false)] // 14 days left
    public void A_warning_comes_in_the_last_two_weeks(int limit, bool warns)
    {
        if (warns) Single(Rule, WithLimit(limit), ScrubSeverity.Warning, null);
        else Passes(Rule, WithLimit(limit));
    }

    [Fact]
    public void No_limit_on_file_means_no_check() => Passes(Rule, WithLimit(null) with { ServiceDateFrom = new(2020, 1, 1) });

    [Fact]
    public void An_institutional_claim_counts_from_its_through_date()
    {
        var stay = WithLimit(21) with { Form = ScrubClaimForm.Institutional, ServiceDateFrom = new(2025, 3, 1), ServiceDateTo = new(2025, 3, 12) };
        Single(Rule, stay, ScrubSeverity.Warning, null); // 20 of 21 days from the through date: not yet late
        SingleError(Rule, stay with { Form = ScrubClaimForm.Professional });
    }
}
