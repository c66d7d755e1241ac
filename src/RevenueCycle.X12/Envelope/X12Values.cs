using System.Globalization;

namespace RevenueCycle.X12;

/// <summary>Typed element access for the transaction parsers; a bad value names its element and segment.</summary>
internal static class X12Values
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static string Name(X12Segment segment, int index) => $"{segment.Id}{index:00}";

    public static string Required(X12Segment segment, int index)
    {
        var value = segment.Element(index);
        return value.Length > 0 ? value : throw new X12Exception($"{Name(segment, index)} is required.", segment);
    }

    public static string? Optional(string value) => value.Length > 0 ? value : null;

    public static string? Optional(X12Segment segment, int index) => Optional(segment.Element(index));

    public static decimal Decimal(X12Segment segment, int index) =>
        ParseDecimal(segment, Required(segment, index), Name(segment, index));

    public static decimal? OptionalDecimal(X12Segment segment, int index)
    {
        var value = segment.Element(index);
        return value.Length == 0 ? null : ParseDecimal(segment, value, Name(segment, index));
    }

    public static decimal ParseDecimal(X12Segment segment, string value, string name) =>
        decimal.TryParse(value, DecimalStyle, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new X12Exception($"{name} '{Clip(value)}' is not a number.", segment);

    public static int ParseInt(X12Segment segment, string value, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new X12Exception($"{name} '{Clip(value)}' is not a whole number.", segment);

    public static DateOnly Date(X12Segment segment, int index) =>
        ParseDate(segment, Required(segment, index), Name(segment, index));

    /// <param name="tolerate">Read a value that is not a calendar date as null (lenient mode).</param>
    public static DateOnly? OptionalDate(X12Segment segment, int index, bool tolerate = false)
    {
        var value = segment.Element(index);
        if (value.Length == 0) return null;
        if (tolerate && !IsDate(value)) return null;
        return ParseDate(segment, value, Name(segment, index));
    }

    private static bool IsDate(string value) =>
        value.Length == 8 && DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static DateOnly ParseDate(X12Segment segment, string value, string name) =>
        value.Length == 8 && DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new X12Exception($"{name} '{Clip(value)}' is not a CCYYMMDD date.", segment);

    /// <summary>A DTP date: D8 is one date, RD8 a CCYYMMDD-CCYYMMDD range. Null only when tolerating a bad date.</summary>
    public static (DateOnly From, DateOnly? To)? DatePeriod(X12Segment segment, int formatIndex, int valueIndex, bool tolerate)
    {
        var format = segment.Element(formatIndex);
        var value = Required(segment, valueIndex);
        var name = Name(segment, valueIndex);
        if (format == "RD8")
        {
            var dash = value.IndexOf('-', StringComparison.Ordinal);
            if (tolerate && (dash < 0 || !IsDate(value[..dash]) || !IsDate(value[(dash + 1)..]))) return null;
            if (dash < 0) throw new X12Exception($"{name} '{Clip(value)}' is not a CCYYMMDD-CCYYMMDD range.", segment);
            return (ParseDate(segment, value[..dash], name), ParseDate(segment, value[(dash + 1)..], name));
        }
        if (tolerate && !IsDate(value)) return null;
        return (ParseDate(segment, value, name), null);
    }

    private static string Clip(string value) => value.Length <= 30 ? value : value[..30] + "…";
}
