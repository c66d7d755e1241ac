using System.Text.RegularExpressions;

namespace RevenueCycle.Claims.Scrubbing;

public class ClaimScrubberTests
{
    [Fact]
    public void The_baseline_claim_passes_every_rule() =>
        Assert.Empty(ClaimScrubber.Scrub(ScrubBaseline.Claim, ScrubBaseline.Context));

    [Fact]
    public void Every_rule_of_the_assembly_is_in_the_list()
    {
        var listed = ScrubRules.All.Select(r => r.GetType()).ToHashSet();
        var declared = typeof(IScrubRule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IScrubRule).IsAssignableFrom(t));
        Assert.All(declared, t => Assert.Contains(t, listed));
    }

    [Fact]
    public void Rule_ids_are_unique_screaming_snake_case()
    {
        var ids = ScrubRules.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(new Regex("^[A-Z]+(_[A-Z0-9]+)*$"), id));
    }

    [Fact]
    public void Findings_read_down_the_claim_and_errors_alone_block()
    {
        var claim = ScrubBaseline.Claim
            .WithLine(3, l => l with { Units = 0 })
            .WithLine(2, l => l with { Modifiers = ["x"] })
            with { Payer = ScrubBaseline.Claim.Payer with { TimelyFilingDays = 30 } };
        var findings = ClaimScrubber.Scrub(claim, ScrubBaseline.Context);
        Assert.Equal(
            [(null, "TIMELY_FILING", ScrubSeverity.Warning), (2, "MODIFIER_FORMAT", ScrubSeverity.Error), (3, "UNITS_AND_CHARGES", ScrubSeverity.Error)],
            findings.Select(f => (f.LineNumber, f.RuleId, f.Severity)));
        Assert.False(ClaimScrubber.Passed(findings));
        Assert.Equal(2, ClaimScrubber.ErrorCount(findings));
        Assert.True(ClaimScrubber.Passed(findings.Where(f => f.Severity == ScrubSeverity.Warning)));
    }

    [Fact]
    public void A_rule_never_sees_another_rules_data_twice()
    {
        // A missing NPI is one finding (REQUIRED_DATA), not also a bad check digit.
        var claim = ScrubBaseline.Claim with { BillingProvider = ScrubBaseline.Claim.BillingProvider with { Npi = null } };
        Assert.Equal(["REQUIRED_DATA"], ClaimScrubber.Scrub(claim, ScrubBaseline.Context).Select(f => f.RuleId));
    }
}
