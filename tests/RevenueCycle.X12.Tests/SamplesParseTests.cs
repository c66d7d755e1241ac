namespace RevenueCycle.X12;

public class SamplesParseTests
{
    [Fact]
    public void The_catalog_covers_every_file_in_the_samples_folder()
    {
        var files = Directory.GetFiles(TestData.SamplesDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(Samples.All.Keys.Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void Every_sample_reads_into_checked_envelopes(string name)
    {
        var interchange = X12Reader.Read(TestData.Sample(name), Samples.OptionsFor(name));

        Assert.NotEmpty(interchange.Groups);
        Assert.All(interchange.Transactions, t => Assert.NotEmpty(t.Body));
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void Every_sample_parses_into_its_model(string name)
    {
        var count = Samples.ParseTyped(Samples.All[name], TestData.Sample(name), Samples.OptionsFor(name));

        Assert.True(count > 0, $"{name} produced nothing");
    }

    [Theory]
    [MemberData(nameof(LenientNames))]
    public void Lenient_samples_are_refused_in_strict_mode_for_the_documented_reason(string name)
    {
        var error = Assert.Throws<X12Exception>(() =>
            Samples.ParseTyped(Samples.All[name], TestData.Sample(name), X12ReaderOptions.Strict));

        var expected = name switch
        {
            "x12_complex.txt" => ("SE", "SE01 segment count says 25 but there are 147"),
            "x223-test.txt" => ("SE", "SE01 segment count says 25 but there are 48"),
            "x12_999_accepted.txt" => ("IEA", "IEA02 control number '000000001' does not match ISA13 '000000286'"),
            "managed-care.835" => ("BPR", "BPR16 '20002316' is not a CCYYMMDD date"),
            _ => throw new InvalidOperationException(name),
        };
        Assert.Equal(expected.Item1, error.SegmentId);
        Assert.Contains(expected.Item2, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lenient_reading_records_the_envelope_mismatches_it_accepted()
    {
        var interchange = X12Reader.Read(TestData.Sample("x12_complex.txt"), X12ReaderOptions.Lenient);

        Assert.Equal(
            ["SE01 segment count says 25 but there are 147.", "SE01 segment count says 26 but there are 147.",
             "GE01 transaction set count says 1 but there are 2."],
            interchange.Warnings.Select(w => w.Message));
        Assert.Equal([149, 296, 297], interchange.Warnings.Select(w => w.SegmentPosition));
    }

    public static TheoryData<string> AllNames() => Samples.Names();

    public static TheoryData<string> LenientNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Samples.Lenient) data.Add(name);
        return data;
    }
}
