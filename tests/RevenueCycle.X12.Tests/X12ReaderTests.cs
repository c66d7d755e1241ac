using System.Text;

namespace RevenueCycle.X12;

public class X12ReaderTests
{
    internal const string Minimal =
        "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*P*:~" +
        "GS*HC*SENDER*RECEIVER*20240101*1200*1*X*005010X222A1~" +
        "ST*837*0001*005010X222A1~" +
        "BHT*0019*00*0001*20240101*1200*CH~" +
        "SE*3*0001~" +
        "GE*1*1~" +
        "IEA*1*000000001~";

    [Fact]
    public void Takes_the_delimiters_from_the_isa()
    {
        var text = Minimal.Replace('*', '|').Replace(":~", "}\n").Replace('~', '\n');

        var interchange = X12Reader.Read(text);

        Assert.Equal(new X12Delimiters('|', '}', '^', '\n'), interchange.Delimiters);
        Assert.Equal("0001", interchange.Transactions.Single().ControlNumber);
    }

    [Fact]
    public void A_letter_in_isa11_means_no_repetition_separator()
    {
        // x12_complex.txt has the 4010 "U" in ISA11; its data ("HEALTH INSURANCE COMPANY") must not be split on U.
        var interchange = X12Reader.Read(TestData.Sample("x12_complex.txt"), X12ReaderOptions.Lenient);

        Assert.Null(interchange.Delimiters.Repetition);
        var payer = interchange.Transactions.First().Body.First(s => s.Id == "NM1" && s.Element(1) == "PR");
        Assert.Equal("HEALTH INSURANCE COMPANY", payer.Element(3));
    }

    [Fact]
    public void Tolerates_a_bom_indentation_and_crlf_between_segments()
    {
        var interchange = X12Reader.Read(TestData.Sample("Example3_COB.txt"));

        var st = interchange.Transactions.Single();
        Assert.Equal("0021", st.ControlNumber);
        Assert.Equal("BHT", st.Body[0].Id);
        Assert.Equal(4, st.Body[0].Position);
        Assert.Equal("0019", st.Body[0].Element(1));
        Assert.Equal("3055552222", st.Body.First(s => s.Id == "PER").Element(4));
    }

    [Fact]
    public void Reads_a_file_without_line_breaks_and_a_pipe_component_separator()
    {
        var interchange = X12Reader.Read(TestData.Sample("x12_277CA_rejected.txt"));

        Assert.Equal('|', interchange.Delimiters.Component);
        var stc = interchange.Transactions.Single().Body.Last(s => s.Id == "STC");
        Assert.Equal(["A7", "562", "85"], stc.Components(1));
        Assert.Equal("562", stc.Component(1, 2));
    }

    [Fact]
    public void Positions_are_one_based_from_the_isa()
    {
        var interchange = X12Reader.Read(Minimal);

        Assert.Equal(1, interchange.Header.Position);
        Assert.Equal(2, interchange.Groups[0].Header.Position);
        Assert.Equal(3, interchange.Transactions.Single().Header.Position);
        Assert.Equal(5, interchange.Transactions.Single().Trailer.Position);
        Assert.Equal(7, interchange.Trailer.Position);
    }

    [Fact]
    public void Exposes_isa_and_gs_fields()
    {
        var interchange = X12Reader.Read(Minimal);

        Assert.Equal(("ZZ", "SENDER", "ZZ", "RECEIVER"),
            (interchange.SenderQualifier, interchange.SenderId, interchange.ReceiverQualifier, interchange.ReceiverId));
        Assert.Equal("000000001", interchange.ControlNumber);
        Assert.Equal("00501", interchange.Version);
        Assert.Equal("P", interchange.UsageIndicator);
        Assert.Equal("HC", interchange.Groups[0].FunctionalId);
        Assert.Equal("005010X222A1", interchange.Transactions.Single().ImplementationVersion);
    }

    [Fact]
    public void Absent_elements_and_components_read_as_empty()
    {
        var bht = X12Reader.Read(Minimal).Transactions.Single().Body[0];

        Assert.Equal("", bht.Element(0));
        Assert.Equal("", bht.Element(99));
        Assert.Equal("", bht.Component(1, 2));
        Assert.Empty(bht.Components(42));
    }

    [Fact]
    public void Splits_repeated_elements_on_the_repetition_separator()
    {
        var text = Minimal.Replace("BHT*0019*00*0001*20240101*1200*CH~", "REF*X1*A:1^B:2~");

        var reference = X12Reader.Read(text).Transactions.Single().Body[0];

        Assert.Equal("A:1^B:2", reference.Element(2));
        Assert.Equal(2, reference.Elements[1].Repetitions.Count);
        Assert.Equal(["B", "2"], reference.Elements[1].Repetitions[1]);
        Assert.Equal(["A", "1"], reference.Elements[1].Components);
    }

    [Fact]
    public void Reads_from_a_stream_with_a_utf8_bom_and_from_a_text_reader()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.ASCII.GetBytes(Minimal)).ToArray();

        using var stream = new MemoryStream(bytes);
        Assert.Equal("0001", X12Reader.Read(stream).Transactions.Single().ControlNumber);
        using var reader = new StringReader("\r\n  " + Minimal + "\r\n");
        Assert.Equal("0001", X12Reader.Read(reader).Transactions.Single().ControlNumber);
    }

    [Fact]
    public void Reads_consecutive_interchanges_each_with_its_own_delimiters()
    {
        var second = Minimal.Replace('*', '|').Replace("000000001", "000000002");

        var all = X12Reader.ReadAll(Minimal + "\n" + second);

        Assert.Equal(["000000001", "000000002"], all.Select(i => i.ControlNumber));
        Assert.Equal('|', all[1].Delimiters.Element);
        Assert.Equal(8, all[1].Header.Position);
        var error = Assert.Throws<X12Exception>(() => X12Reader.Read(Minimal + second));
        Assert.Equal(8, error.SegmentPosition);
    }

    [Fact]
    public void Accepts_a_final_iea_without_its_terminator()
    {
        var interchange = X12Reader.Read(Minimal.TrimEnd('~'));

        Assert.Equal("000000001", interchange.Trailer.Element(2));
    }

    [Fact]
    public void Every_sample_with_crlf_or_indentation_gives_the_same_segments_without_it()
    {
        var original = X12Reader.Read(TestData.Sample("Spec_3.1.2_TwoClaimsForTheSameProvider.txt"));
        var flattened = string.Concat(original.Transactions.Single().Body.Select(s => s + "~"));

        var compact = X12Reader.Read(Minimal.Replace("BHT*0019*00*0001*20240101*1200*CH~", flattened)
            .Replace("SE*3*", $"SE*{original.Transactions.Single().Body.Count + 2}*"));

        Assert.Equal(original.Transactions.Single().Body.Select(s => s.ToString()),
            compact.Transactions.Single().Body.Select(s => s.ToString()));
    }
}
