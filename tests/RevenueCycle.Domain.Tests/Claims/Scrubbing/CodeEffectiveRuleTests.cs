using RevenueCycle.Coding;
using static RevenueCycle.Claims.Scrubbing.ScrubAssert;

namespace RevenueCycle.Claims.Scrubbing;

public class CodeEffectiveRuleTests
{
    private static readonly CodeEffectiveRule Rule = new();
    private static ScrubClaim Baseline => ScrubBaseline.Claim;

    [Fact]
    public void Baseline_passes() => Passes(Rule, Baseline);

    [Fact]
    public void An_unknown_procedure_code_is_reported_on_its_line()
    {
        var finding = SingleError(Rule, Baseline.WithLine(3, l => l with { ProcedureCode = "83037" }), line: 3);
        Assert.Contains("CPT 83037 is not a known CPT code", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_procedure_code_is_reported_on_its_line()
    {
        var finding = SingleError(Rule, Baseline.WithLine(1, l => l with { ProcedureCode = "99201" }), line: 1);
        Assert.Contains("no longer effective on the date of service 2025-03-10", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_not_yet_effective_is_reported()
    {
        var context = ScrubBaseline.Context with
        {
            LookupCode = ScrubBaseline.Lookup([.. ScrubBaseline.Codes, new CodeVersion("99999", "Future visit", null, new(2025, 7, 1), null, true)]),
        };
        var finding = SingleError(Rule, Baseline.WithLine(1, l => l with { ProcedureCode = "99999" }), line: 1, context);
        Assert.Contains("not yet effective", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_diagnosis_is_a_claim_level_error()
    {
        var finding = SingleError(Rule, Baseline with { Diagnoses = [.. Baseline.Diagnoses.Take(2), new(3, "E7899")] });
        Assert.Contains("diagnosis C (E78.99) is not a known ICD-10-CM code", finding.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_diagnosis_is_checked_on_the_dates_of_the_lines_that_point_at_it()
    {
        // E78.4 was billable until 2018-09-30, then became a header. A claim straddling October 1 where only the
        // September line points at it is fine; pointing the October line at it too is not, but still one finding.
        var claim = TwoLineClaimAcrossOctober(pointersOfOctoberLine: [1]);
        Passes(Rule, claim with { Diagnoses = [new(1, "I10"), new(2, "E784")] });
        // The header status in October is DiagnosisBillableRule's concern, so make the code unknown instead.
        var context = ScrubBaseline.Context with
        {
            LookupCode = ScrubBaseline.Lookup([.. ScrubBaseline.Codes.Where(v => v.Code != "E784"),
                new CodeVersion("E784", "Other hyperlipidemia", null, new(2015, 10, 1), new(2018, 9, 30), true)]),
        };
        Passes(Rule, claim with { Diagnoses = [new(1, "I10"), new(2, "E784")] }, context);
        var straddling = TwoLineClaimAcrossOctober(pointersOfOctoberLine: [1, 2]) with { Diagnoses = [new(1, "I10"), new(2, "E784")] };
        var finding = SingleError(Rule, straddling, context: context);
        Assert.Contains("2018-10-01", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_is_left_to_the_billable_rule() =>
        Passes(Rule, Baseline with { Diagnoses = [new(1, "E11"), .. Baseline.Diagnoses.Skip(1)] });

    [Fact]
    public void Institutional_claims_are_coded_as_of_the_through_date()
    {
        var claim = TwoLineClaimAcrossOctober(pointersOfOctoberLine: [1]) with
        {
            Form = ScrubClaimForm.Institutional,
            Diagnoses = [new(1, "I10"), new(2, "U071")], // COVID-19, effective 2020-04-01: unknown in 2018
        };
        Assert.Contains("2018-10-01", SingleError(Rule, claim).Message, StringComparison.Ordinal);
    }

    private static ScrubClaim TwoLineClaimAcrossOctober(int[] pointersOfOctoberLine) =>
        Baseline.WithLines(
            ScrubBaseline.Line(1, "99214", CodeSystem.Cpt, 150m, 1, 2) with { ServiceDate = new(2018, 9, 30) },
            ScrubBaseline.Line(2, "99214", CodeSystem.Cpt, 150m, pointersOfOctoberLine) with { ServiceDate = new(2018, 10, 1) })
        with { ServiceDateFrom = new(2018, 9, 30), ServiceDateTo = new(2018, 10, 1) };
}
