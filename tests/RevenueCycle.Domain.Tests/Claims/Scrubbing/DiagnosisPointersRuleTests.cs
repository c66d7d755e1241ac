using static RevenueCycle.Claims.Scrubbing.ScrubAssert;

namespace RevenueCycle.Claims.Scrubbing;

public class DiagnosisPointersRuleTests
{
    private static readonly DiagnosisPointersRule Rule = new();
    private static ScrubClaim Baseline => ScrubBaseline.Claim;

    [Fact]
    public void Baseline_passes() => Passes(Rule, Baseline);

    [Theory]
    [InlineData(new int[0], "points at no diagnosis")]
    [InlineData(new[] { 1, 4 }, "points at diagnosis D, which the claim does not have")]
    [InlineData(new[] { 2, 1, 2 }, "points at diagnosis B more than once")]
    public void A_bad_pointer_list_is_one_error_on_its_line(int[] pointers, string expected) =>
        Assert.Contains(expected, SingleError(Rule, Baseline.WithLine(2, l => l with { DiagnosisPointers = pointers }), line: 2).Message, StringComparison.Ordinal);

    [Fact]
    public void More_than_four_pointers_is_an_error()
    {
        var claim = (Baseline with { Diagnoses = [.. Baseline.Diagnoses, new(4, "I10"), new(5, "E119")] })
            .WithLine(2, l => l with { DiagnosisPointers = [1, 2, 3, 4, 5] });
        Assert.Contains("points at 5 diagnoses, more than the 4", SingleError(Rule, claim, line: 2).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_line_is_in_its_one_finding()
    {
        var finding = SingleError(Rule, Baseline.WithLine(4, l => l with { DiagnosisPointers = [1, 1, 9] }), line: 4);
        Assert.Contains("diagnosis I, which the claim does not have", finding.Message, StringComparison.Ordinal);
        Assert.Contains("diagnosis A more than once", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Four_distinct_existing_pointers_are_fine() =>
        Passes(Rule, (Baseline with { Diagnoses = [.. Baseline.Diagnoses, new(4, "I10")] })
            .WithLine(1, l => l with { DiagnosisPointers = [4, 3, 2, 1] }));
}
