namespace RevenueCycle.Coding;

public class HcpcsTsvReaderTests
{
    [Fact]
    public void The_october_2025_release_files_have_every_row()
    {
        var active = CodeSetFiles.HcpcsActive2025Oct;
        var terminated = HcpcsTsvReader.ReadTerminatedFile(CodeSetFiles.Path("hcpcs", "2025-10", "hcpcs-level2-terminated.tsv")).ToList();
        var modifiers = HcpcsTsvReader.ReadModifiersFile(CodeSetFiles.Path("hcpcs", "2025-10", "hcpcs-modifiers.tsv")).ToList();

        Assert.Equal(7_258, active.Count);
        Assert.Equal(1_205, terminated.Count);
        Assert.Equal(363, modifiers.Count);
        Assert.All(active, c => Assert.Null(c.TerminationDate));
        Assert.All(terminated, c => Assert.True(c.TerminationDate < new DateOnly(2025, 10, 1)));
        Assert.Empty(active.Select(c => c.Code).Intersect(terminated.Select(c => c.Code)));
    }

    [Fact]
    public void Rows_keep_their_fields()
    {
        var g0438 = Assert.Single(CodeSetFiles.HcpcsActive2025Oct, c => c.Code == "G0438");
        Assert.Equal("Ppps, initial visit", g0438.ShortDescription);
        Assert.Equal("Annual wellness visit; includes a personalized prevention plan of service (pps), initial visit", g0438.LongDescription);

        var a4397 = Assert.Single(HcpcsTsvReader.ReadTerminatedFile(CodeSetFiles.Path("hcpcs", "2025-10", "hcpcs-level2-terminated.tsv")), c => c.Code == "A4397");
        Assert.Equal(new DateOnly(2021, 12, 31), a4397.TerminationDate);
    }

    [Fact]
    public void A_wrong_header_or_row_is_reported_with_its_line()
    {
        var header = Assert.Throws<CodeSetFormatException>(() => HcpcsTsvReader.ReadActive(new StringReader("code\tdescription\n")).ToList());
        Assert.Equal(1, header.LineNumber);

        var row = Assert.Throws<CodeSetFormatException>(() =>
            HcpcsTsvReader.ReadActive(new StringReader("code\tshort_description\tlong_description\nA0021\tshort\tlong\nA0080\tshort only\n")).ToList());
        Assert.Equal(3, row.LineNumber);

        var date = Assert.Throws<CodeSetFormatException>(() =>
            HcpcsTsvReader.ReadTerminated(new StringReader("code\tshort_description\tlong_description\ttermination_date\nA4397\ts\tl\t12/31/2021\n")).ToList());
        Assert.Contains("termination_date", date.Message, StringComparison.Ordinal);
    }
}
