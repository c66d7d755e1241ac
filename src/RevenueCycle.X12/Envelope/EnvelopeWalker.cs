using System.Globalization;

namespace RevenueCycle.X12;

/// <summary>Checks ISA/GS/ST nesting, trailer counts and control numbers while collecting the segments.</summary>
internal sealed class EnvelopeWalker(SegmentLexer lexer, X12Segment isa, X12ReaderOptions options)
{
    private readonly List<X12Issue> _warnings = [];

    public Interchange Walk()
    {
        RequireDigits(isa, 13, "ISA13 interchange control number");
        RequireDigits(isa, 9, "ISA09 interchange date");
        RequireDigits(isa, 10, "ISA10 interchange time");

        var groups = new List<FunctionalGroup>();
        while (true)
        {
            var segment = lexer.Next() ?? throw Missing("IEA", $"Input ends before the IEA closing interchange {isa.Element(13).Trim()}.");
            switch (segment.Id)
            {
                case "GS":
                    groups.Add(ReadGroup(segment));
                    break;
                case "IEA":
                    Check(segment, Count(segment, 1, "IEA01"), groups.Count, "IEA01 group count");
                    CheckControl(segment, segment.Element(2).Trim(), isa.Element(13).Trim(), "IEA02", "ISA13");
                    return new Interchange
                    {
                        Delimiters = lexer.Delimiters,
                        Header = isa,
                        Trailer = segment,
                        Groups = groups,
                        Warnings = _warnings,
                    };
                default:
                    throw new X12Exception($"{segment.Id} is not allowed between functional groups.", segment);
            }
        }
    }

    private FunctionalGroup ReadGroup(X12Segment gs)
    {
        RequireDigits(gs, 6, "GS06 group control number");
        var transactions = new List<TransactionSet>();
        while (true)
        {
            var segment = lexer.Next() ?? throw Missing("GE", $"Input ends before the GE closing group {gs.Element(6)}.");
            switch (segment.Id)
            {
                case "ST":
                    transactions.Add(ReadTransaction(gs, segment));
                    break;
                case "GE":
                    Check(segment, Count(segment, 1, "GE01"), transactions.Count, "GE01 transaction set count");
                    CheckControl(segment, segment.Element(2), gs.Element(6), "GE02", "GS06");
                    return new FunctionalGroup { Header = gs, Trailer = segment, Transactions = transactions };
                default:
                    throw new X12Exception($"{segment.Id} is not allowed outside a transaction set (group {gs.Element(6)}).", segment);
            }
        }
    }

    private TransactionSet ReadTransaction(X12Segment gs, X12Segment st)
    {
        if (st.Element(1).Length == 0) throw new X12Exception("ST01 transaction set identifier is empty.", st);
        if (st.Element(2).Length == 0) throw new X12Exception("ST02 transaction set control number is empty.", st);
        var body = new List<X12Segment>();
        while (true)
        {
            var segment = lexer.Next() ?? throw Missing("SE", $"Input ends before the SE closing transaction set {st.Element(2)}.");
            switch (segment.Id)
            {
                case "SE":
                    Check(segment, Count(segment, 1, "SE01"), body.Count + 2, "SE01 segment count");
                    CheckControl(segment, segment.Element(2), st.Element(2), "SE02", "ST02");
                    return new TransactionSet { Header = st, Trailer = segment, Body = body, GroupHeader = gs };
                case "ST" or "GE" or "GS" or "IEA" or "ISA":
                    throw new X12Exception($"{segment.Id} found before the SE closing transaction set {st.Element(2)}.", segment);
                default:
                    body.Add(segment);
                    break;
            }
        }
    }

    private static int Count(X12Segment segment, int index, string name)
    {
        var raw = segment.Element(index).Trim();
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            throw new X12Exception($"{name} '{raw}' is not a count.", segment);
        return value;
    }

    private void Check(X12Segment segment, int stated, int actual, string what)
    {
        if (stated != actual) Report(segment, $"{what} says {stated} but there are {actual}.");
    }

    private void CheckControl(X12Segment segment, string trailer, string header, string trailerName, string headerName)
    {
        if (!string.Equals(trailer, header, StringComparison.Ordinal))
            Report(segment, $"{trailerName} control number '{trailer}' does not match {headerName} '{header}'.");
    }

    private void Report(X12Segment segment, string message)
    {
        if (!options.TolerateEnvelopeMismatches) throw new X12Exception(message, segment);
        _warnings.Add(new X12Issue(message, segment.Position, segment.Id));
    }

    private static void RequireDigits(X12Segment segment, int index, string name)
    {
        var value = segment.Element(index).Trim();
        if (value.Length == 0 || !value.All(char.IsAsciiDigit))
            throw new X12Exception($"{name} '{value}' is not numeric.", segment);
    }

    private X12Exception Missing(string id, string message) => new(message, lexer.Position + 1, id);
}
