namespace RevenueCycle.X12;

public class Remittance835WriterTests
{
    [Theory]
    [MemberData(nameof(Remittances))]
    public void Every_835_sample_survives_write_and_read(string name)
    {
        var parsed = Remittance835.Parse(TestData.Sample(name), Samples.OptionsFor(name));

        var text = Remittance835Writer.Write(parsed, Envelope.For(12));
        var again = Remittance835.Parse(text);

        // The writer numbers its own transaction sets (ST02) 0001, 0002, …
        var expected = parsed.Select((r, i) => r with { ControlNumber = $"{i + 1:D4}" }).ToList();
        Structural.AssertEqual(expected, again);
    }

    [Fact]
    public void Writes_a_ten_thousand_claim_835_that_reads_back_equal_and_balanced()
    {
        var remittance = LargeRemittance.Create(10_000, seed: 835);

        var text = Remittance835Writer.Write([remittance], Envelope.For(900_001));
        var again = Assert.Single(Remittance835.Parse(text));

        Assert.Equal(10_000, again.Claims.Count);
        Assert.True(again.IsBalanced);
        Structural.AssertEqual(remittance, again);
    }

    [Fact]
    public void Writes_envelopes_with_counts_the_strict_reader_accepts()
    {
        var remittance = LargeRemittance.Create(3, seed: 1);

        var text = Remittance835Writer.Write([remittance, remittance], Envelope.For(42));
        var interchange = X12Reader.Read(text);

        Assert.StartsWith("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240105*0930*^*00501*000000042*0*P*:~\n", text, StringComparison.Ordinal);
        Assert.Equal(105, text.IndexOf('~', StringComparison.Ordinal));
        Assert.Equal("GS*HP*SENDER*RECEIVER*20240105*0930*42*X*005010X221A1", interchange.Groups[0].Header.ToString());
        Assert.Equal(2, interchange.Transactions.Count());
        Assert.Empty(interchange.Warnings);
    }

    [Fact]
    public void Groups_same_group_reasons_into_cas_segments_of_at_most_six()
    {
        var adjustments = Enumerable.Range(1, 7).Select(i => new ClaimAdjustment("CO", $"{i}", 1m)).Append(new ClaimAdjustment("PR", "2", 3m));
        var remittance = LargeRemittance.Create(1, seed: 2) with { ProviderAdjustments = [] };
        var claim = remittance.Claims[0] with { Adjustments = [.. adjustments], Paid = 0, Lines = [] };
        remittance = remittance with { Claims = [claim], Payment = remittance.Payment with { Amount = 0 } };

        var text = Remittance835Writer.Write([remittance], Envelope.For(3));

        Assert.Contains("CAS*CO*1*1**2*1**3*1**4*1**5*1**6*1~\nCAS*CO*7*1~\nCAS*PR*2*3~", text, StringComparison.Ordinal);
        Structural.AssertEqual(claim.Adjustments, Assert.Single(Remittance835.Parse(text)).Claims[0].Adjustments);
    }

    [Fact]
    public void Honours_custom_delimiters_and_no_line_breaks()
    {
        var remittance = LargeRemittance.Create(5, seed: 3);
        var envelope = Envelope.For(5) with { Delimiters = new X12Delimiters('|', '>', '!', '\''), LineBreak = "" };

        var text = Remittance835Writer.Write([remittance], envelope);

        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
        Assert.Contains("|!|00501|", text, StringComparison.Ordinal);
        Structural.AssertEqual(remittance, Assert.Single(Remittance835.Parse(text)));
    }

    [Fact]
    public void Refuses_data_that_contains_a_delimiter()
    {
        var remittance = LargeRemittance.Create(1, seed: 4);
        var bad = remittance with { Payer = new RemittancePayer("ACME*HEALTH", null) };

        using var output = new StringWriter();

        var error = Assert.Throws<ArgumentException>(() => Remittance835Writer.Write(output, [bad], Envelope.For(1)));
        Assert.Contains("ACME*HEALTH", error.Message, StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    public static TheoryData<string> Remittances() => Samples.Names(SampleKind.Remittance835);
}
