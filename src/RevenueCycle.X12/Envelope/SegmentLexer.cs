namespace RevenueCycle.X12;

/// <summary>
/// Cuts text into segments with the delimiters announced by the ISA at <c>start</c>. It stops after the IEA so a
/// following interchange can announce different delimiters.
/// </summary>
internal sealed class SegmentLexer
{
    // ISA01..ISA16 with their fixed widths. Senders do not always pad, so only the separator count is relied on.
    private const int IsaElementCount = 16;
    private const int MaxIsaLength = 200;

    private readonly string _text;
    private int _offset;

    private SegmentLexer(string text, int offset, X12Delimiters delimiters, int position)
    {
        _text = text;
        _offset = offset;
        Delimiters = delimiters;
        Position = position;
    }

    public X12Delimiters Delimiters { get; }

    /// <summary>Position of the last segment returned.</summary>
    public int Position { get; private set; }

    /// <summary>Where the text after the last returned segment begins.</summary>
    public int Offset => _offset;

    /// <summary>Reads the ISA at <paramref name="start"/> (after optional BOM and whitespace).</summary>
    public static SegmentLexer Open(string text, int start, int position, out X12Segment isa)
    {
        var i = SkipFiller(text, start);
        if (i >= text.Length)
            throw new X12Exception(start == 0 ? "Input is empty." : "Input ends where an ISA was expected.", position, "ISA");
        if (text.Length < i + 4 || string.CompareOrdinal(text, i, "ISA", 0, 3) != 0)
            throw new X12Exception($"Expected an ISA segment but found '{Excerpt(text, i)}'.", position, "ISA");

        var element = text[i + 3];
        if (char.IsLetterOrDigit(element) || char.IsWhiteSpace(element))
            throw new X12Exception($"ISA element separator '{Printable(element)}' is not usable.", position, "ISA");

        var separators = 0;
        var last = -1;
        var limit = Math.Min(text.Length, i + MaxIsaLength);
        for (var k = i + 3; k < limit && separators < IsaElementCount; k++)
        {
            if (text[k] == element)
            {
                separators++;
                last = k;
            }
        }
        if (separators < IsaElementCount)
            throw new X12Exception($"ISA has {separators} of its {IsaElementCount} elements.", position, "ISA");
        if (last + 2 >= text.Length)
            throw new X12Exception("ISA is truncated before its component separator and segment terminator.", position, "ISA");

        var component = text[last + 1];
        var terminator = text[last + 2];
        if (component == element || char.IsLetterOrDigit(component) || char.IsWhiteSpace(component))
            throw new X12Exception($"ISA16 component separator '{Printable(component)}' is not usable.", position, "ISA");
        if (terminator == element || terminator == component || char.IsLetterOrDigit(terminator) || terminator == ' ')
            throw new X12Exception($"Segment terminator '{Printable(terminator)}' after ISA16 is not usable.", position, "ISA");

        var values = text.Substring(i, last + 2 - i).Split(element);
        var rep = values[11].Length == 1 ? values[11][0] : ' ';
        char? repetition = rep != element && rep != component && rep != terminator && !char.IsLetterOrDigit(rep) && !char.IsWhiteSpace(rep)
            ? rep
            : null;

        // The ISA's own elements hold the separators themselves, so they are never split into components.
        var elements = new X12Element[IsaElementCount];
        for (var e = 0; e < IsaElementCount; e++) elements[e] = new X12Element(values[e + 1], [values[e + 1]], null);
        isa = new X12Segment("ISA", position, elements);

        return new SegmentLexer(text, last + 3, new X12Delimiters(element, component, repetition, terminator), position);
    }

    /// <summary>The next segment, or null at the end of the text.</summary>
    public X12Segment? Next()
    {
        while (true)
        {
            if (_offset >= _text.Length) return null;
            var end = _text.IndexOf(Delimiters.Segment, _offset);
            var stop = end < 0 ? _text.Length : end;
            var start = _offset;
            _offset = end < 0 ? _text.Length : end + 1;

            while (start < stop && IsFiller(_text[start])) start++;
            while (stop > start && _text[stop - 1] is '\r' or '\n') stop--;
            if (start == stop) continue;

            Position++;
            var segment = Parse(_text.AsSpan(start, stop - start));
            // Some senders omit the terminator after the final IEA; anything else unterminated is a truncated file.
            if (end < 0 && segment.Id != "IEA")
                throw new X12Exception(
                    $"Input ends inside a segment without its terminator '{Printable(Delimiters.Segment)}'.", segment);
            return segment;
        }
    }

    /// <summary>The first offset at or after <paramref name="offset"/> that is not filler (BOM, whitespace, NUL, SUB).</summary>
    public static int SkipFiller(string text, int offset)
    {
        while (offset < text.Length && (IsFiller(text[offset]) || text[offset] == '\uFEFF')) offset++;
        return offset;
    }

    private static bool IsFiller(char c) => char.IsWhiteSpace(c) || c == '\0' || c == '\u001a';

    private X12Segment Parse(ReadOnlySpan<char> raw)
    {
        var parts = raw.ToString().Split(Delimiters.Element);
        var id = parts[0];
        if (!IsSegmentId(id))
            throw new X12Exception($"'{Excerpt(id, 0)}' is not a segment identifier.", Position, SegmentId(raw));

        var elements = new X12Element[parts.Length - 1];
        for (var e = 1; e < parts.Length; e++) elements[e - 1] = Split(parts[e]);
        return new X12Segment(id, Position, elements);
    }

    private X12Element Split(string value)
    {
        if (Delimiters.Repetition is { } rep && value.Contains(rep, StringComparison.Ordinal))
        {
            var repetitions = value.Split(rep).Select(r => (IReadOnlyList<string>)r.Split(Delimiters.Component)).ToArray();
            return new X12Element(value, (string[])repetitions[0], repetitions);
        }
        return new X12Element(value, value.Split(Delimiters.Component), null);
    }

    private static bool IsSegmentId(string id)
    {
        if (id.Length is < 2 or > 3) return false;
        foreach (var c in id)
        {
            if (c is not (>= 'A' and <= 'Z' or >= '0' and <= '9')) return false;
        }
        return char.IsAsciiLetterUpper(id[0]);
    }

    private string SegmentId(ReadOnlySpan<char> raw)
    {
        var cut = raw.IndexOf(Delimiters.Element);
        var id = (cut < 0 ? raw : raw[..cut]).ToString();
        return IsSegmentId(id) ? id : "?";
    }

    internal static string Excerpt(string text, int start)
    {
        var length = Math.Min(20, text.Length - start);
        var chars = text.Substring(start, Math.Max(0, length)).Select(c => char.IsControl(c) || c > '~' ? '.' : c);
        return new string(chars.ToArray());
    }

    private static string Printable(char c) => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString();
}
