namespace RevenueCycle.Coding;

/// <summary>
/// Streams the ICD-10-CM order addenda file (icd10cm_order_addenda_YYYY.txt). Each change row starts with a
/// 13-character label (<c>Add:</c>, <c>Delete:</c>, <c>Revise from:</c>, <c>Revise to:</c>), then column 14 the
/// billable flag, 16–22 the code, 24–83 the short and 85–end the long description. The change rows end at the
/// first blank line; the summary counts after it are not data.
/// </summary>
public static class Icd10CmAddendaReader
{
    private const int LabelWidth = 13;

    private static readonly (string Label, Icd10CmChangeAction Action)[] Labels =
    [
        ("Add:", Icd10CmChangeAction.Add),
        ("Delete:", Icd10CmChangeAction.Delete),
        ("Revise from:", Icd10CmChangeAction.ReviseFrom),
        ("Revise to:", Icd10CmChangeAction.ReviseTo),
    ];

    public static IEnumerable<Icd10CmAddendum> ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        foreach (var change in Read(reader, Path.GetFileName(path))) yield return change;
    }

    /// <exception cref="CodeSetFormatException">A change row is malformed, or a ReviseFrom is not followed by its ReviseTo.</exception>
    public static IEnumerable<Icd10CmAddendum> Read(TextReader reader, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        Icd10CmAddendum? pendingRevision = null;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0) break;
            var change = Parse(line, lineNumber, source);
            if (pendingRevision is not null && (change.Action != Icd10CmChangeAction.ReviseTo || change.Code != pendingRevision.Code))
                throw new CodeSetFormatException(source, lineNumber, $"'Revise from' {pendingRevision.Code} is not followed by its 'Revise to'");
            if (pendingRevision is null && change.Action == Icd10CmChangeAction.ReviseTo)
                throw new CodeSetFormatException(source, lineNumber, $"'Revise to' {change.Code} has no 'Revise from' before it");
            pendingRevision = change.Action == Icd10CmChangeAction.ReviseFrom ? change : null;
            yield return change;
        }
        if (pendingRevision is not null)
            throw new CodeSetFormatException(source, lineNumber, $"'Revise from' {pendingRevision.Code} is not followed by its 'Revise to'");
    }

    private static Icd10CmAddendum Parse(string line, int lineNumber, string? source)
    {
        var label = FixedWidth.Columns(line, 1, LabelWidth);
        var action = Array.Find(Labels, l => l.Label == label) is { Label: not null } match
            ? match.Action
            : throw new CodeSetFormatException(source, lineNumber, $"'{label}' is not an addenda label");
        var billable = FixedWidth.Column(line, 14) switch
        {
            '1' => true,
            '0' => false,
            var c => throw new CodeSetFormatException(source, lineNumber, $"column 14 must be 0 or 1, was '{c}'"),
        };
        var code = FixedWidth.Columns(line, 16, 22);
        if (code.Length is < 3 or > 7)
            throw new CodeSetFormatException(source, lineNumber, $"'{code}' in columns 16-22 is not an ICD-10-CM code");
        return new Icd10CmAddendum(lineNumber, action, code, billable, FixedWidth.Columns(line, 24, 83), FixedWidth.Columns(line, 85));
    }
}
