using System.Globalization;
using System.Text;

namespace RevenueCycle.Coding;

/// <summary>
/// Streams the CMS alpha-numeric HCPCS annual file (HCPCyyyy_ANWEB…txt): Windows-1252, fixed width, a
/// disclaimer before the first record. Columns (CMS record layout): 1–5 code (modifiers right-aligned),
/// 6–10 sequence number, 11 record id (3 procedure, 4 its continuation, 7 modifier, 8 its continuation),
/// 12–91 long description (continued on following lines), 92–119 short description, 269–276 code added date,
/// 277–284 action effective date, 285–292 termination date (yyyyMMdd), 293 action code.
/// </summary>
public static class HcpcsAnnualFileReader
{
    public static IEnumerable<HcpcsRecord> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        foreach (var record in Read(stream, Path.GetFileName(path))) yield return record;
    }

    public static IEnumerable<HcpcsRecord> Read(Stream stream, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Windows1252Encoding.Instance, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        foreach (var record in Read(reader, source)) yield return record;
    }

    /// <exception cref="CodeSetFormatException">A record line is malformed or a continuation has no first line.</exception>
    public static IEnumerable<HcpcsRecord> Read(TextReader reader, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        var inRecords = false;
        HcpcsRecord? pending = null;
        var longDescription = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (!IsRecordLine(line))
            {
                // The disclaimer comes first; once records start, only blank lines may interrupt them.
                if (inRecords && line.Trim().Length > 0)
                    throw new CodeSetFormatException(source, lineNumber, "expected an HCPCS record (record id 3, 4, 7 or 8 in column 11)");
                continue;
            }
            inRecords = true;
            var recordId = line[10];
            var code = FixedWidth.Columns(line, 1, 5);
            if (recordId is '4' or '8')
            {
                var expectedKind = recordId == '4' ? HcpcsRecordKind.Procedure : HcpcsRecordKind.Modifier;
                if (pending is null || pending.Code != code || pending.Kind != expectedKind)
                    throw new CodeSetFormatException(source, lineNumber, $"continuation of {code} does not follow its first line");
                longDescription.Append(' ').Append(FixedWidth.Columns(line, 12, 91));
                continue;
            }
            if (pending is not null) yield return Complete(pending, longDescription);
            pending = ParseFirstLine(line, recordId, code, lineNumber, source);
            longDescription.Clear().Append(FixedWidth.Columns(line, 12, 91));
        }
        if (pending is not null) yield return Complete(pending, longDescription);
    }

    private static bool IsRecordLine(string line) =>
        line.Length >= 11
        && line[10] is '3' or '4' or '7' or '8'
        && !line.AsSpan(5, 5).ContainsAnyExceptInRange('0', '9')
        && !line.AsSpan(0, 5).IsWhiteSpace();

    private static HcpcsRecord ParseFirstLine(string line, char recordId, string code, int lineNumber, string? source) =>
        new(lineNumber,
            recordId == '3' ? HcpcsRecordKind.Procedure : HcpcsRecordKind.Modifier,
            code,
            LongDescription: "",
            ShortDescription: FixedWidth.Normalize(FixedWidth.Columns(line, 92, 119)),
            AddDate: Date(line, 269, "code added date", lineNumber, source),
            ActionEffectiveDate: Date(line, 277, "action effective date", lineNumber, source),
            TerminationDate: Date(line, 285, "termination date", lineNumber, source),
            ActionCode: FixedWidth.Column(line, 293) is var a && a != ' ' ? a : null);

    private static HcpcsRecord Complete(HcpcsRecord first, StringBuilder longDescription) =>
        first with { LongDescription = FixedWidth.Normalize(longDescription.ToString()) };

    private static DateOnly? Date(string line, int column, string name, int lineNumber, string? source)
    {
        var text = FixedWidth.Columns(line, column, column + 7);
        if (text.Length == 0) return null;
        return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CodeSetFormatException(source, lineNumber, $"{name} '{text}' in columns {column}-{column + 7} is not yyyyMMdd");
    }
}
