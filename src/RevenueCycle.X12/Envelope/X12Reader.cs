using System.Text;

namespace RevenueCycle.X12;

/// <summary>Reads X12 text into checked envelopes. Every failure is an <see cref="X12Exception"/>.</summary>
public static class X12Reader
{
    /// <summary>Reads exactly one interchange; anything but filler after its IEA is an error.</summary>
    public static Interchange Read(string text, X12ReaderOptions? options = null)
    {
        var all = ReadAll(text, options);
        if (all.Count > 1)
            throw new X12Exception("Input holds more than one interchange; use ReadAll.", all[1].Header.Position, "ISA");
        return all[0];
    }

    public static Interchange Read(Stream stream, X12ReaderOptions? options = null) => Read(ReadText(stream), options);

    public static Interchange Read(TextReader reader, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(reader.ReadToEnd(), options);
    }

    /// <summary>Reads one or more interchanges that follow each other (each may announce its own delimiters).</summary>
    public static IReadOnlyList<Interchange> ReadAll(string text, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= X12ReaderOptions.Strict;
        var result = new List<Interchange>();
        var offset = 0;
        var position = 1;
        do
        {
            var lexer = SegmentLexer.Open(text, offset, position, out var isa);
            result.Add(new EnvelopeWalker(lexer, isa, options).Walk());
            offset = SegmentLexer.SkipFiller(text, lexer.Offset);
            position = lexer.Position + 1;
        }
        while (offset < text.Length);
        return result;
    }

    public static IReadOnlyList<Interchange> ReadAll(Stream stream, X12ReaderOptions? options = null) =>
        ReadAll(ReadText(stream), options);

    public static IReadOnlyList<Interchange> ReadAll(TextReader reader, X12ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadAll(reader.ReadToEnd(), options);
    }

    internal static string ReadText(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // X12 is ASCII in practice; UTF-8 with BOM detection also accepts the BOM some Windows tools prepend.
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return reader.ReadToEnd();
    }
}
