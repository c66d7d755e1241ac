namespace RevenueCycle;

public class MoneyTests
{
    [Theory]
    [InlineData("0.01", true)]
    [InlineData("125", true)]
    [InlineData("125.5", true)]
    [InlineData("1.500", true)]
    [InlineData("0.001", false)]
    [InlineData("19.999", false)]
    [InlineData("-3.25", true)]
    public void Two_decimal_places_at_most(string value, bool expected) =>
        Assert.Equal(expected, Money.HasAtMostTwoDecimals(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0.01", true)]
    [InlineData("0", false)]
    [InlineData("-1", false)]
    [InlineData("1.005", false)]
    public void A_valid_amount_is_positive_whole_cents(string value, bool expected) =>
        Assert.Equal(expected, Money.IsValidAmount(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
