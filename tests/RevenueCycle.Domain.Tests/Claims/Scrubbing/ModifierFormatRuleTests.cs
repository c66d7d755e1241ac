using static RevenueCycle.Claims.Scrubbing.ScrubAssert;

namespace RevenueCycle.Claims.Scrubbing;

public class ModifierFormatRuleTests
{
    private static readonly ModifierFormatRule Rule = new();
    private static ScrubClaim Baseline => ScrubBaseline.Claim;

    [Fact]
    public void Baseline_passes() => Passes(Rule, Baseline);

    [Fact]
    public void Four_well_formed_modifiers_pass() =>
        Passes(Rule, Baseline.WithLine(1, l => l with { Modifiers = ["25", "59", "LT", "XU"] }));

    [Theory]
    [InlineData("2", "'2', not two upper-case letters or digits")]
    [InlineData("lt", "'lt', not two")]
    [InlineData("25 ", "'25 ', not two")]
    [InlineData("-5", "'-5', not two")]
    public void A_malformed_modifier_is_an_error_on_its_line(string modifier, string expected) =>
        Assert.Contains(expected, SingleError(Rule, Baseline.WithLine(1, l => l with { Modifiers = ["25", modifier] }), line: 1).Message, StringComparison.Ordinal);

    [Fact]
    public void More_than_four_modifiers_is_an_error() =>
        Assert.Contains("has 5 modifiers, more than the 4",
            SingleError(Rule, Baseline.WithLine(1, l => l with { Modifiers = ["25", "59", "LT", "XU", "GT"] }), line: 1).Message, StringComparison.Ordinal);

    [Fact]
    public void A_repeated_modifier_is_an_error() =>
        Assert.Contains("repeats modifier 59",
            SingleError(Rule, Baseline.WithLine(3, l => l with { Modifiers = ["59", "59"] }), line: 3).Message, StringComparison.Ordinal);
}
