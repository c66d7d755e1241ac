namespace RevenueCycle.Coding;

public class CptCsvReaderTests
{
    private const string Header = "code,short_description,long_description,effective_from,effective_to\r\n";

    private static List<CptCode> Read(string csv) => CptCsvReader.Read(new StringReader(csv), "cpt.csv").ToList();

    private static CodeSetFormatException Fails(string csv) => Assert.Throws<CodeSetFormatException>(() => Read(csv));

    [Fact]
    public void The_shipped_sample_has_the_common_codes()
    {
        var codes = CptSample.Codes;
        Assert.Equal(31, codes.Count);
        string[] required =
        [
            "99202", "99203", "99204", "99205", "99211", "99212", "99213", "99214", "99215", "93000", "36415", "80053",
            "85025", "81002", "71046", "90471", "90686", "97110", "20610", "11721", "99395", "99396",
        ];
        Assert.Empty(required.Except(codes.Select(c => c.Code)));
        Assert.All(codes, c =>
        {
            Assert.InRange(c.ShortDescription.Length, 1, 28);
            Assert.True(char.IsAsciiDigit(c.Code[0]), "HCPCS G-codes are not CPT");
            Assert.Equal((new DateOnly(2025, 1, 1), (DateOnly?)null), (c.EffectiveFrom, c.EffectiveTo));
        });
        Assert.Equal("Blood fat panel: total cholesterol, \"good\" HDL cholesterol and triglycerides", codes.Single(c => c.Code == "80061").LongDescription);
    }

    [Fact]
    public void The_sample_csv_is_available_as_a_template()
    {
        using var reader = new StreamReader(CptSample.OpenCsv());
        Assert.Equal(CptCsvReader.Header, reader.ReadLine());
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_quotes_and_line_breaks()
    {
        var codes = Read(Header +
            "99213,Visit low,\"Visit, with \"\"low\"\" complexity\r\nsecond line\",2025-01-01,\r\n" +
            "3074F,Systolic under 130,,2024-01-01,2024-12-31\n" +
            "\r\n" +
            "0042T,Perfusion CT,Brain blood flow study by CT,2024-01-01,\n");
        Assert.Equal(3, codes.Count);
        Assert.Equal("Visit, with \"low\" complexity\r\nsecond line", codes[0].LongDescription);
        Assert.Equal(("Systolic under 130", new DateOnly(2024, 12, 31)), (codes[1].LongDescription, codes[1].EffectiveTo!.Value));
        Assert.Equal("0042T", codes[2].Code);
    }

    [Fact]
    public void A_byte_order_mark_and_a_missing_final_line_break_are_fine()
    {
        var codes = Read("\uFEFF" + Header + "93000,Heart tracing,Resting ECG with report,2025-01-01,");
        Assert.Equal("93000", Assert.Single(codes).Code);
    }

    [Fact]
    public void A_code_may_have_a_history_of_non_overlapping_versions()
    {
        var codes = Read(Header + "99213,Old,Old wording,2020-01-01,2020-12-31\r\n99213,New,New wording,2021-01-01,\r\n");
        Assert.Equal(2, codes.Count);
        Assert.All(codes.Select(c => c.ToCodeVersion()), v => Assert.True(v.Billable));
    }

    [Theory]
    [InlineData("code,description\r\n", 1, "the header must be")]
    [InlineData(Header + "99213,Visit,Long,2025-01-01\r\n", 2, "expected 5 fields, found 4")]
    [InlineData(Header + "99213,Visit,Long,2025-01-01,,\r\n", 2, "expected 5 fields, found 6")]
    [InlineData(Header + "9921,Visit,Long,2025-01-01,\r\n", 2, "'9921' is not a CPT code")]
    [InlineData(Header + "G0438,Visit,Long,2025-01-01,\r\n", 2, "'G0438' is not a CPT code")]
    [InlineData(Header + "99213,,Long,2025-01-01,\r\n", 2, "short_description is empty")]
    [InlineData(Header + "99213,Visit,Long,,\r\n", 2, "effective_from is empty")]
    [InlineData(Header + "99213,Visit,Long,01/01/2025,\r\n", 2, "effective_from '01/01/2025' is not a date")]
    [InlineData(Header + "99213,Visit,Long,2025-01-01,2024-12-31\r\n", 2, "effective_to 2024-12-31 is before effective_from 2025-01-01")]
    [InlineData(Header + "99213,Visit,Long,2025-01-01,\r\n99213,Again,Long,2025-06-01,\r\n", 3, "overlaps")]
    [InlineData(Header + "99213,Visit \"low\",Long,2025-01-01,\r\n", 2, "double quote inside an unquoted field")]
    [InlineData(Header + "99213,\"Visit\" low,Long,2025-01-01,\r\n", 2, "after a closing quote")]
    [InlineData(Header + "99212,Visit,Long,2025-01-01,\r\n99213,\"Visit,Long,2025-01-01,\r\n\r\n", 3, "not closed")]
    [InlineData("", 1, "the file is empty")]
    public void Bad_rows_are_reported_with_their_line(string csv, int line, string problem)
    {
        var ex = Fails(csv);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"cpt.csv line {line}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_numbers_count_the_breaks_inside_quoted_fields()
    {
        var ex = Fails(Header + "99213,Visit,\"two\nlines\",2025-01-01,\r\nbad,Visit,Long,2025-01-01,\r\n");
        Assert.Equal(4, ex.LineNumber);
    }
}
