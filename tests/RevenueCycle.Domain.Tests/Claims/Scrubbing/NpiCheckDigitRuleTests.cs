using static RevenueCycle.Claims.Scrubbing.ScrubAssert;

namespace RevenueCycle.Claims.Scrubbing;

public class NpiCheckDigitRuleTests
{
    private static readonly NpiCheckDigitRule Rule = new();
    private static ScrubClaim Baseline => ScrubBaseline.Claim;

    [Fact]
    public void Baseline_passes() => Passes(Rule, Baseline);

    [Fact]
    public void A_billing_npi_with_a_wrong_check_digit_is_an_error() =>
        Assert.Contains("billing provider's NPI '1234567890'",
            SingleError(Rule, Baseline with { BillingProvider = Baseline.BillingProvider with { Npi = "1234567890" } }).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("1000000005")] // wrong check digit
    [InlineData("100000000")]  // nine digits
    [InlineData("10000000O4")] // a letter O
    public void A_malformed_rendering_npi_is_an_error(string npi) =>
        Assert.Contains("rendering provider's NPI",
            SingleError(Rule, Baseline with { RenderingProvider = Baseline.RenderingProvider! with { Npi = npi } }).Message, StringComparison.Ordinal);

    [Fact]
    public void Missing_npis_are_left_to_the_required_data_rule()
    {
        Passes(Rule, Baseline with { BillingProvider = Baseline.BillingProvider with { Npi = null } });
        Passes(Rule, Baseline with { RenderingProvider = null });
    }
}
