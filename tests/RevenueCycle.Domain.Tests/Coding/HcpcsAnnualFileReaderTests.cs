namespace RevenueCycle.Coding;

public class HcpcsAnnualFileReaderTests
{
    private static readonly DateOnly January2020 = new(2020, 1, 1);

    [Fact]
    public void The_2020_file_has_every_procedure_and_modifier()
    {
        var records = CodeSetFiles.HcpcsAnnual2020;
        Assert.Equal(6_710, records.Count(r => r.Kind == HcpcsRecordKind.Procedure));
        Assert.Equal(369, records.Count(r => r.Kind == HcpcsRecordKind.Modifier));
        Assert.Equal(records.Count, records.Select(r => (r.Kind, r.Code)).Distinct().Count());
        Assert.Equal(6_105, records.Count(r => r.Kind == HcpcsRecordKind.Procedure && r.IsActiveOn(January2020)));
        Assert.All(records, r => Assert.NotNull(r.AddDate));
    }

    [Theory]
    [InlineData("J3490", "Unclassified drugs", "Drugs unclassified injection")]
    [InlineData("G0438", "Annual wellness visit; includes a personalized prevention plan of service (pps), initial visit", "Ppps, initial visit")]
    [InlineData("A0428", "Ambulance service, basic life support, non-emergency transport, (bls)", "Bls")]
    [InlineData("E0114", "Crutches underarm, other than wood, adjustable or fixed, pair, with pads, tips and handgrips", "Crutch underarm pair no wood")]
    public void Long_descriptions_are_joined_across_continuation_lines(string code, string longDescription, string shortDescription)
    {
        var record = Assert.Single(CodeSetFiles.HcpcsAnnual2020, r => r.Code == code);
        Assert.Equal((HcpcsRecordKind.Procedure, longDescription, shortDescription), (record.Kind, record.LongDescription, record.ShortDescription));
    }

    [Fact]
    public void Dates_and_action_codes_come_from_the_record_layout_columns()
    {
        var j3490 = Assert.Single(CodeSetFiles.HcpcsAnnual2020, r => r.Code == "J3490");
        Assert.Equal((new DateOnly(1986, 1, 1), new DateOnly(1997, 1, 1), (DateOnly?)null, 'N'),
            (j3490.AddDate!.Value, j3490.ActionEffectiveDate!.Value, j3490.TerminationDate, j3490.ActionCode!.Value));

        var gd = Assert.Single(CodeSetFiles.HcpcsAnnual2020, r => r.Code == "GD" && r.Kind == HcpcsRecordKind.Modifier);
        Assert.Equal((new DateOnly(2019, 12, 31), 'D'), (gd.TerminationDate!.Value, gd.ActionCode!.Value));
        Assert.False(gd.IsActiveOn(January2020));
    }

    [Fact]
    public void Modifiers_lose_their_padding()
    {
        var a1 = Assert.Single(CodeSetFiles.HcpcsAnnual2020, r => r.Code == "A1");
        Assert.Equal((HcpcsRecordKind.Modifier, "Dressing for one wound"), (a1.Kind, a1.LongDescription));
    }

    [Fact]
    public void A_continuation_without_its_first_line_is_an_error()
    {
        var line = "E0114002004and handgrips" + new string(' ', 67);
        var ex = Assert.Throws<CodeSetFormatException>(() => HcpcsAnnualFileReader.Read(new StringReader("Disclaimer text\r\n\r\n" + line + "\r\n")).ToList());
        Assert.Equal(3, ex.LineNumber);
    }

    [Fact]
    public void Windows_1252_bytes_decode_to_their_characters()
    {
        // A record whose long description has 0x92 (right single quote) and 0xE9 (é), the 1252 code points in CMS wording.
        var text = "A9999001003Patient" + "\x92" + "s caf" + "\xE9";
        var bytes = text.Select(c => (byte)c).ToArray();
        var record = Assert.Single(HcpcsAnnualFileReader.Read(new MemoryStream(bytes)));
        Assert.Equal("Patient\u2019s caf\u00E9", record.LongDescription);
    }
}
