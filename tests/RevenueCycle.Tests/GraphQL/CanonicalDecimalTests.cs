using RevenueCycle.GraphQL.Scalars;

namespace RevenueCycle.GraphQL;

/// <summary>One written form per amount, whatever scale the database gave the decimal.</summary>
public sealed class CanonicalDecimalTests
{
    [Theory]
    [InlineData("390", "390.00")]
    [InlineData("280.8", "280.80")]
    [InlineData("280.80", "280.80")]
    [InlineData("280.800000", "280.80")]
    [InlineData("0.4523", "0.4523")]
    [InlineData("0.45230", "0.4523")]
    [InlineData("0.0", "0.00")]
    [InlineData("-12.5", "-12.50")]
    [InlineData("-0.010", "-0.01")]
    [InlineData("1.0000000000000000000000000001", "1.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("-7922816251426433759354395033.5", "-7922816251426433759354395033.5")]
    public void Amounts_have_two_places_at_least_and_no_trailing_zeros_beyond(string stored, string written)
    {
        var value = decimal.Parse(stored, System.Globalization.CultureInfo.InvariantCulture);
        var canonical = CanonicalDecimalGraphType.Canonical(value);
        Assert.Equal(value, canonical);
        Assert.Equal(written, canonical.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
