using System.Globalization;

namespace RevenueCycle.Coding;

/// <summary>
/// Streams the CMS ICD-10-CM order file (icd10cm_order_YYYY.txt). Fixed width, one code per line:
/// columns 1–5 order number, 7–13 code without the dot, 15 <c>1</c> billable or <c>0</c> header,
/// 17–76 short description, 78–end long description.
/// </summary>
public static class Icd10CmOrderReader
{
    public static IEnumerable<Icd10CmCode> ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        foreach (var code in Read(reader, Path.GetFileName(path))) yield return code;
    }

    /// <exception cref="CodeSetFormatException">A line does not follow the layout.</exception>
    public static IEnumerable<Icd10CmCode> Read(TextReader reader, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            yield return Parse(line, lineNumber, source);
        }
    }

    private static Icd10CmCode Parse(string line, int lineNumber, string? source)
    {
        if (line.Length < 78)
            throw new CodeSetFormatException(source, lineNumber, $"line is {line.Length} characters; the long description starts at column 78");
        if (!int.TryParse(line.AsSpan(0, 5), NumberStyles.None, CultureInfo.InvariantCulture, out var order))
            throw new CodeSetFormatException(source, lineNumber, "columns 1-5 must be the order number");
        var code = FixedWidth.Columns(line, 7, 13);
        if (code.Length is < 3 or > 7)
            throw new CodeSetFormatException(source, lineNumber, $"'{code}' in columns 7-13 is not an ICD-10-CM code");
        var billable = FixedWidth.Column(line, 15) switch
        {
            '1' => true,
            '0' => false,
            var c => throw new CodeSetFormatException(source, lineNumber, $"column 15 must be 0 or 1, was '{c}'"),
        };
        return new Icd10CmCode(order, code, billable, FixedWidth.Columns(line, 17, 76), FixedWidth.Columns(line, 78));
    }
}
