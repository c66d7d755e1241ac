namespace RevenueCycle.Claims.Scrubbing;

/// <summary>Shapes of identifiers the 837 constrains, shared by the rules that check them.</summary>
internal static class ScrubFormats
{
    /// <summary>SBR09 claim filing indicator codes of the 5010 837.</summary>
    public static readonly IReadOnlySet<string> ClaimFilingIndicators = new HashSet<string>(StringComparer.Ordinal)
    {
        "11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI", "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ",
    };

    /// <summary>Patient-to-subscriber relationship codes: 18 (self, SBR02) and PAT01's codes for anyone else.</summary>
    public static readonly IReadOnlySet<string> Relationships = new HashSet<string>(StringComparer.Ordinal)
    {
        "18", "01", "19", "20", "21", "39", "40", "53", "G8",
    };

    public static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    public static int DigitCount(string value) => value.Count(char.IsAsciiDigit);

    /// <summary>Digits with at most the usual punctuation (12-3456789, 12345-6789), and exactly <paramref name="digits"/> of them.</summary>
    public static bool HasDigits(string value, params int[] digits) =>
        value.All(c => char.IsAsciiDigit(c) || c == '-') && digits.Contains(DigitCount(value));

    public static bool IsTwoLetterState(string value) => value.Length == 2 && value.All(char.IsAsciiLetterUpper);

    /// <summary>"PO Box 12", "P.O. Box", "POB 5": 5010 wants the billing provider's street address.</summary>
    public static bool IsPostOfficeBox(string line)
    {
        var letters = new string(line.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return letters.StartsWith("POBOX", StringComparison.Ordinal)
            || letters.StartsWith("POSTOFFICEBOX", StringComparison.Ordinal)
            || (letters.StartsWith("POB", StringComparison.Ordinal) && letters.Length > 3 && char.IsAsciiDigit(letters[3]));
    }
}
