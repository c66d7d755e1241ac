using System.Globalization;

namespace RevenueCycle.Coding;

/// <summary>
/// Reads the CPT import file a customer supplies (CPT is licensed by the AMA, so the product ships none).
/// <para>Format: UTF-8 (a byte-order mark is allowed), RFC 4180 CSV: comma-separated, fields containing commas,
/// quotes or line breaks enclosed in double quotes with inner quotes doubled, CRLF or LF line ends. The first
/// line is exactly the header <c>code,short_description,long_description,effective_from,effective_to</c>;
/// every following non-empty line is one code version with these five fields:</para>
/// <list type="bullet">
/// <item><c>code</c>: five characters, four digits then a digit or <c>F</c> (Category II), <c>T</c> (Category III)
/// or <c>U</c> (PLA).</item>
/// <item><c>short_description</c>: required.</item>
/// <item><c>long_description</c>: may be empty, then the short description is used.</item>
/// <item><c>effective_from</c>: required, <c>yyyy-MM-dd</c>.</item>
/// <item><c>effective_to</c>: empty while current, else <c>yyyy-MM-dd</c>, the last valid day, not before effective_from.</item>
/// </list>
/// A code may appear on several lines (its history) as long as their date ranges do not overlap.
/// Any violation stops the import with a <see cref="CodeSetFormatException"/> naming the line.
/// </summary>
public static class CptCsvReader
{
    public const string Header = "code,short_description,long_description,effective_from,effective_to";

    public static IEnumerable<CptCode> ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        foreach (var code in Read(reader, Path.GetFileName(path))) yield return code;
    }

    public static IEnumerable<CptCode> Read(TextReader reader, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var seen = new Dictionary<string, List<CptCode>>(StringComparer.Ordinal);
        var headerRead = false;
        foreach (var (line, fields) in CsvRecordReader.Read(reader, source))
        {
            if (!headerRead)
            {
                var header = string.Join(',', fields).TrimStart('\uFEFF').Trim();
                if (!string.Equals(header, Header, StringComparison.OrdinalIgnoreCase))
                    throw new CodeSetFormatException(source, line, $"the header must be '{Header}'");
                headerRead = true;
                continue;
            }
            var code = Parse(fields, line, source);
            if (!seen.TryGetValue(code.Code, out var versions)) seen[code.Code] = versions = [];
            if (versions.Find(v => Overlaps(v, code)) is { } clash)
                throw new CodeSetFormatException(source, line,
                    $"{code.Code} from {code.EffectiveFrom:yyyy-MM-dd} overlaps its version from {clash.EffectiveFrom:yyyy-MM-dd}");
            versions.Add(code);
            yield return code;
        }
        if (!headerRead) throw new CodeSetFormatException(source, 1, $"the file is empty; it must start with '{Header}'");
    }

    private static CptCode Parse(List<string> fields, int line, string? source)
    {
        if (fields.Count != 5)
            throw new CodeSetFormatException(source, line, $"expected 5 fields, found {fields.Count}");
        var code = fields[0].Trim();
        if (!IsCptCode(code))
            throw new CodeSetFormatException(source, line, $"'{code}' is not a CPT code (four digits then a digit, F, T or U)");
        var shortDescription = fields[1].Trim();
        if (shortDescription.Length == 0)
            throw new CodeSetFormatException(source, line, "short_description is empty");
        var longDescription = fields[2].Trim();
        var from = Date(fields[3], "effective_from", line, source)
            ?? throw new CodeSetFormatException(source, line, "effective_from is empty");
        var to = Date(fields[4], "effective_to", line, source);
        if (to < from)
            throw new CodeSetFormatException(source, line, $"effective_to {to:yyyy-MM-dd} is before effective_from {from:yyyy-MM-dd}");
        return new CptCode(code, shortDescription, longDescription.Length > 0 ? longDescription : shortDescription, from, to);
    }

    private static bool IsCptCode(string code) =>
        code.Length == 5 && !code.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') && code[4] is (>= '0' and <= '9') or 'F' or 'T' or 'U';

    private static DateOnly? Date(string text, string name, int line, string? source)
    {
        text = text.Trim();
        if (text.Length == 0) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CodeSetFormatException(source, line, $"{name} '{text}' is not a date (yyyy-MM-dd)");
    }

    private static bool Overlaps(CptCode a, CptCode b) =>
        a.EffectiveFrom <= (b.EffectiveTo ?? DateOnly.MaxValue) && b.EffectiveFrom <= (a.EffectiveTo ?? DateOnly.MaxValue);
}
