namespace RevenueCycle.Providers;

/// <summary>
/// National Provider Identifier: ten digits whose last is a Luhn check digit computed over the first nine
/// prefixed with 80840 (the ISO 7812 card-issuer prefix CMS uses for health applications). The Luhn check is
/// the whole validity rule; the leading 1 or 2 is an assignment practice, not part of the standard, so it is not enforced.
/// </summary>
public static class Npi
{
    private const string Prefix = "80840";

    public static bool IsValid(string? npi) =>
        npi is { Length: 10 } && AllDigits(npi) && CheckDigit(npi.AsSpan(0, 9)) == npi[9] - '0';

    /// <summary>Appends the check digit to nine digits, e.g. for generating seed NPIs.</summary>
    /// <exception cref="ArgumentException"><paramref name="nineDigits"/> is not exactly nine ASCII digits.</exception>
    public static string WithCheckDigit(string nineDigits)
    {
        ArgumentNullException.ThrowIfNull(nineDigits);
        if (nineDigits.Length != 9 || !AllDigits(nineDigits))
            throw new ArgumentException("An NPI base must be exactly nine digits.", nameof(nineDigits));
        return nineDigits + (char)('0' + CheckDigit(nineDigits));
    }

    private static int CheckDigit(ReadOnlySpan<char> nineDigits)
    {
        Span<char> payload = stackalloc char[Prefix.Length + 9];
        Prefix.CopyTo(payload);
        nineDigits.CopyTo(payload[Prefix.Length..]);

        // Luhn: double every second digit counting leftwards from the one next to the (absent) check digit.
        var sum = 0;
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            var doubled = (payload.Length - i) % 2;
            var d = (payload[i] - '0') << doubled;
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    private static bool AllDigits(string s) => s.All(char.IsAsciiDigit);
}
