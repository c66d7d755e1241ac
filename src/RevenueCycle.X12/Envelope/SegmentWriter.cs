using System.Globalization;
using System.Text;

namespace RevenueCycle.X12;

/// <summary>
/// Writes segments with one envelope's delimiters. X12 has no escape character, so any value containing a
/// delimiter is refused rather than silently corrupting the file. Counts segments for SE01.
/// </summary>
internal sealed class SegmentWriter
{
    private readonly TextWriter _output;
    private readonly X12Delimiters _d;
    private readonly string _lineBreak;
    private readonly List<string> _elements = [];
    private string? _id;

    public SegmentWriter(TextWriter output, X12Envelope envelope)
    {
        _output = output;
        _d = envelope.Delimiters;
        _lineBreak = envelope.LineBreak;
        ValidateDelimiters(_d);
    }

    /// <summary>Segments written since the counter was last reset (at ST).</summary>
    public int SegmentCount { get; private set; }

    public void ResetCount() => SegmentCount = 0;

    public SegmentWriter Begin(string id)
    {
        if (_id is not null) throw new InvalidOperationException($"Segment {_id} was not ended.");
        _id = id;
        _elements.Clear();
        return this;
    }

    public SegmentWriter Element(string? value)
    {
        _elements.Add(Check(value ?? ""));
        return this;
    }

    public SegmentWriter Element(decimal value) => Element(Amount(value));

    public SegmentWriter Element(decimal? value) => Element(value is { } v ? Amount(v) : null);

    public SegmentWriter Element(DateOnly? value) => Element(value is { } v ? Date(v) : null);

    public SegmentWriter Elements(params ReadOnlySpan<string?> values)
    {
        foreach (var value in values) Element(value);
        return this;
    }

    public SegmentWriter Empty(int count)
    {
        for (var i = 0; i < count; i++) _elements.Add("");
        return this;
    }

    /// <summary>A composite element; trailing empty components are dropped.</summary>
    public SegmentWriter Composite(params ReadOnlySpan<string?> components)
    {
        var parts = new List<string>(components.Length);
        foreach (var c in components) parts.Add(Check(c ?? ""));
        while (parts.Count > 0 && parts[^1].Length == 0) parts.RemoveAt(parts.Count - 1);
        _elements.Add(string.Join(_d.Component, parts));
        return this;
    }

    /// <summary>Writes the segment, dropping trailing empty elements as the standard requires.</summary>
    public void End()
    {
        var id = _id ?? throw new InvalidOperationException("No segment was begun.");
        var count = _elements.Count;
        while (count > 0 && _elements[count - 1].Length == 0) count--;
        var line = new StringBuilder(id);
        for (var i = 0; i < count; i++) line.Append(_d.Element).Append(_elements[i]);
        _output.Write(line.Append(_d.Segment).Append(_lineBreak).ToString());
        SegmentCount++;
        _id = null;
    }

    /// <summary>The ISA is fixed-width and carries the separators themselves, so it bypasses the checks.</summary>
    public void WriteRaw(string segmentWithoutTerminator)
    {
        _output.Write(segmentWithoutTerminator);
        _output.Write(_d.Segment);
        _output.Write(_lineBreak);
        SegmentCount++;
    }

    public static string Amount(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private string Check(string value)
    {
        foreach (var c in value)
        {
            if (_d.IsDelimiter(c) || c is '\r' or '\n')
                throw new ArgumentException($"{_id} value '{value}' contains the delimiter '{c}'; X12 cannot escape it.");
        }
        return value;
    }

    private static void ValidateDelimiters(X12Delimiters d)
    {
        char[] all = d.Repetition is { } r ? [d.Element, d.Component, d.Segment, r] : [d.Element, d.Component, d.Segment];
        if (all.Distinct().Count() != all.Length)
            throw new ArgumentException("X12 delimiters must all be different.");
        if (all.Any(c => char.IsLetterOrDigit(c) || c == ' '))
            throw new ArgumentException("X12 delimiters cannot be letters, digits or spaces.");
    }
}
