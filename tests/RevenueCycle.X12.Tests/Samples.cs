namespace RevenueCycle.X12;

public enum SampleKind
{
    Remittance835,
    Claim837,
    Acknowledgement277,
    Acknowledgement999,
}

/// <summary>Every file in shared/data/x12/samples, what it holds and whether it needs lenient reading.</summary>
internal static class Samples
{
    /// <summary>
    /// Files that only parse leniently, and why (checked by hand against the files; see SamplesParseTests):
    /// x12_complex.txt: SE01 says 25 and 26 but each transaction set has 147 segments, and GE01 says 1 for 2 sets.
    /// x223-test.txt: SE01 says 25 for 48 segments.
    /// x12_999_accepted.txt: IEA02 000000001 does not match ISA13 000000286.
    /// managed-care.835: BPR16 payment date 20002316 has month 23.
    /// </summary>
    public static readonly IReadOnlySet<string> Lenient = new HashSet<string>(StringComparer.Ordinal)
    {
        "x12_complex.txt", "x223-test.txt", "x12_999_accepted.txt", "managed-care.835",
    };

    public static readonly IReadOnlyDictionary<string, SampleKind> All = new Dictionary<string, SampleKind>(StringComparer.Ordinal)
    {
        ["835_mult_loops.txt"] = SampleKind.Remittance835,
        ["cob-contractural-adjustment.835"] = SampleKind.Remittance835,
        ["managed-care.835"] = SampleKind.Remittance835,
        ["medicare-part-a.835"] = SampleKind.Remittance835,
        ["profee.edi"] = SampleKind.Remittance835,
        ["x12_complex.txt"] = SampleKind.Claim837,
        ["demo.cob.example3.B.837"] = SampleKind.Claim837,
        ["demo.ambulance.example5.837"] = SampleKind.Claim837,
        ["demo.drug.example10.2.837"] = SampleKind.Claim837,
        ["Example3_COB.txt"] = SampleKind.Claim837,
        ["x223-test.txt"] = SampleKind.Claim837,
        ["demo.837i"] = SampleKind.Claim837,
        ["Spec_3.1.2_TwoClaimsForTheSameProvider.txt"] = SampleKind.Claim837,
        ["x12_277CA_accepted.txt"] = SampleKind.Acknowledgement277,
        ["x12_277CA_rejected.txt"] = SampleKind.Acknowledgement277,
        ["x12_999_accepted.txt"] = SampleKind.Acknowledgement999,
        ["x12_999_rejected.txt"] = SampleKind.Acknowledgement999,
        ["DHS_Wisconsin_Sample.txt"] = SampleKind.Acknowledgement999,
    };

    public static X12ReaderOptions OptionsFor(string name) =>
        Lenient.Contains(name) ? X12ReaderOptions.Lenient : X12ReaderOptions.Strict;

    public static TheoryData<string> Names(SampleKind? kind = null)
    {
        var data = new TheoryData<string>();
        foreach (var (name, k) in All)
        {
            if (kind is null || k == kind) data.Add(name);
        }
        return data;
    }

    /// <summary>Parses with the typed parser for the sample's kind and returns the number of items produced.</summary>
    public static int ParseTyped(SampleKind kind, string text, X12ReaderOptions options) => kind switch
    {
        SampleKind.Remittance835 => Remittance835.Parse(text, options).Count,
        SampleKind.Claim837 => Claim837Reader.Parse(text, options).Count,
        SampleKind.Acknowledgement277 => Acknowledgement277.Parse(text, options).Count,
        SampleKind.Acknowledgement999 => Acknowledgement999.Parse(text, options).Sum(a => a.Transactions.Count),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
