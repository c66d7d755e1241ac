namespace RevenueCycle.X12;

public class MalformedInputTests
{
    private const string Minimal = X12ReaderTests.Minimal;

    private static X12Exception Fails(string text, X12ReaderOptions? options = null) =>
        Assert.Throws<X12Exception>(() => X12Reader.Read(text, options));

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    [InlineData("\uFEFF")]
    public void Empty_input_is_refused_at_position_one(string text)
    {
        var error = Fails(text);

        Assert.Equal((1, "ISA"), (error.SegmentPosition, error.SegmentId));
        Assert.Contains("empty", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("GS*HC*A*B*20240101*1200*1*X*005010X222A1~")]
    [InlineData("ISA")]
    [InlineData("ISA*00*          *00~")]
    [InlineData("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*P*:")]
    [InlineData("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*00000000X*0*P*:~")]
    [InlineData("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *24AB01*1200*^*00501*000000001*0*P*:~")]
    [InlineData("ISAA00A          A00A          AZZASENDER         AZZARECEIVER       A240101A1200A^A00501A000000001A0APA:~")]
    [InlineData("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*P**~")]
    [InlineData("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*P*:*")]
    public void A_missing_short_or_bad_isa_is_refused(string text)
    {
        var error = Fails(text + "GS*HC*A*B*20240101*1200*1*X*005010X222A1~");

        Assert.Equal((1, "ISA"), (error.SegmentPosition, error.SegmentId));
    }

    [Fact]
    public void Binary_garbage_is_refused()
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        using var stream = new MemoryStream(bytes);

        var error = Assert.Throws<X12Exception>(() => X12Reader.Read(stream));
        Assert.Equal("ISA", error.SegmentId);
    }

    [Fact]
    public void Garbage_after_a_valid_isa_names_the_position()
    {
        var error = Fails(Minimal[..106] + "\u0001\u0002\u00ff~GS*HC~");

        Assert.Equal(2, error.SegmentPosition);
        Assert.Equal("?", error.SegmentId);
        Assert.Contains("not a segment identifier", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(130)]
    [InlineData(170)]
    [InlineData(200)]
    public void A_truncated_file_is_refused(int keep)
    {
        var error = Fails(Minimal[..keep]);

        Assert.True(error.SegmentPosition >= 1);
        Assert.NotEqual("", error.SegmentId);
    }

    [Fact]
    public void A_file_cut_between_segments_names_the_missing_trailer()
    {
        var error = Fails(Minimal[..Minimal.IndexOf("GE*", StringComparison.Ordinal)]);

        Assert.Equal((6, "GE"), (error.SegmentPosition, error.SegmentId));
    }

    [Fact]
    public void A_wrong_se_count_is_refused()
    {
        var error = Fails(Minimal.Replace("SE*3*", "SE*4*"));

        Assert.Equal((5, "SE"), (error.SegmentPosition, error.SegmentId));
        Assert.Contains("SE01 segment count says 4 but there are 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_ge_count_is_refused()
    {
        var error = Fails(Minimal.Replace("GE*1*", "GE*2*"));

        Assert.Equal((6, "GE"), (error.SegmentPosition, error.SegmentId));
    }

    [Fact]
    public void A_wrong_iea_count_is_refused()
    {
        var error = Fails(Minimal.Replace("IEA*1*", "IEA*3*"));

        Assert.Equal((7, "IEA"), (error.SegmentPosition, error.SegmentId));
        Assert.Contains("IEA01 group count says 3 but there are 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SE*3*0001~", "SE*3*0002~", 5, "SE")]
    [InlineData("GE*1*1~", "GE*1*2~", 6, "GE")]
    [InlineData("IEA*1*000000001~", "IEA*1*000000009~", 7, "IEA")]
    public void Mismatched_control_numbers_are_refused(string from, string to, int position, string id)
    {
        var error = Fails(Minimal.Replace(from, to));

        Assert.Equal((position, id), (error.SegmentPosition, error.SegmentId));
        Assert.Contains("control number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lenient_mode_records_mismatches_instead_of_throwing()
    {
        var interchange = X12Reader.Read(Minimal.Replace("SE*3*0001~", "SE*9*0002~"), X12ReaderOptions.Lenient);

        Assert.Equal(2, interchange.Warnings.Count);
        Assert.All(interchange.Warnings, w => Assert.Equal((5, "SE"), (w.SegmentPosition, w.SegmentId)));
    }

    [Theory]
    [InlineData("SE*3*0001~", "SE*three*0001~")]
    [InlineData("GE*1*1~", "GE*-1*1~")]
    [InlineData("IEA*1*", "IEA*99999999999*")]
    public void A_non_numeric_trailer_count_is_refused_even_when_lenient(string from, string to)
    {
        Fails(Minimal.Replace(from, to), X12ReaderOptions.Lenient);
    }

    [Theory]
    [InlineData("SE*3*0001~", "", "GE")]
    [InlineData("SE*3*0001~", "SE*3*0001~SE*3*0001~", "SE")]
    [InlineData("BHT*0019*00*0001*20240101*1200*CH~", "ST*837*0002~", "ST")]
    [InlineData("GS*HC*", "REF*X*1~GS*HC*", "REF")]
    [InlineData("GE*1*1~", "GE*1*1~ST*837*0009~", "ST")]
    public void Broken_nesting_is_refused_even_when_lenient(string from, string to, string id)
    {
        var error = Fails(Minimal.Replace(from, to), X12ReaderOptions.Lenient);

        Assert.Equal(id, error.SegmentId);
    }

    [Fact]
    public void Content_after_the_iea_is_refused()
    {
        var error = Fails(Minimal + "GS*HC~");

        Assert.Equal("ISA", error.SegmentId);
        Assert.Equal(8, error.SegmentPosition);
    }

    [Fact]
    public void The_message_carries_the_position_and_segment()
    {
        var error = Fails(Minimal.Replace("SE*3*", "SE*4*"));

        Assert.EndsWith("(segment SE at position 5)", error.Message, StringComparison.Ordinal);
        Assert.Equal("SE01 segment count says 4 but there are 3.", error.Reason);
    }
}
