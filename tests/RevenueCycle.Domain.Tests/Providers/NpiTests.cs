namespace RevenueCycle.Providers;

public class NpiTests
{
    [Theory]
    [InlineData("1234567893")] // the CMS worked example
    [InlineData("1000000004")]
    [InlineData("1999999992")]
    [InlineData("2987654326")]
    [InlineData("1500000009")]
    public void Known_valid_npis_pass(string npi) => Assert.True(Npi.IsValid(npi));

    [Theory]
    [InlineData("1234567890")]
    [InlineData("1234567894")]
    [InlineData("2134567893")] // two digits swapped
    [InlineData("123456789")]
    [InlineData("12345678931")]
    [InlineData("123456789a")]
    [InlineData(" 1234567893")]
    [InlineData("1234567893 ")]
    [InlineData("１２３４５６７８９３")] // full-width digits are not ASCII digits
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_or_wrong_check_digit_fails(string? npi) => Assert.False(Npi.IsValid(npi));

    [Fact]
    public void WithCheckDigit_appends_the_cms_check_digit() => Assert.Equal("1234567893", Npi.WithCheckDigit("123456789"));

    [Theory]
    [InlineData("12345678")]
    [InlineData("1234567890")]
    [InlineData("12345678x")]
    public void WithCheckDigit_needs_nine_digits(string input) => Assert.Throws<ArgumentException>(() => Npi.WithCheckDigit(input));

    [Fact]
    public void Generated_npis_are_valid_and_every_single_digit_error_is_caught()
    {
        var rng = new Random(80840);
        for (var i = 0; i < 2_000; i++)
        {
            var npi = Npi.WithCheckDigit(rng.NextInt64(100_000_000, 300_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(Npi.IsValid(npi), npi);
            var position = rng.Next(10);
            var wrong = (char)('0' + (npi[position] - '0' + 1 + rng.Next(9)) % 10);
            var mutated = string.Concat(npi.AsSpan(0, position), wrong.ToString(), npi.AsSpan(position + 1));
            Assert.False(Npi.IsValid(mutated), $"{npi} -> {mutated}");
        }
    }
}
