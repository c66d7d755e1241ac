namespace RevenueCycle.Coding;

public class Icd10CmOrderReaderTests
{
    [Fact]
    public void The_fy2025_order_file_has_every_row()
    {
        var codes = CodeSetFiles.Icd10CmOrder2025;
        Assert.Equal(97_584, codes.Count);
        Assert.Equal(74_260, codes.Count(c => c.Billable));
        Assert.Equal(23_324, codes.Count(c => !c.Billable));
        Assert.Equal(Enumerable.Range(1, 97_584), codes.Select(c => c.OrderNumber));
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("E119", "E11.9", true, "Type 2 diabetes mellitus without complications", "Type 2 diabetes mellitus without complications")]
    [InlineData("J069", "J06.9", true, "Acute upper respiratory infection, unspecified", "Acute upper respiratory infection, unspecified")]
    [InlineData("E11", "E11", false, "Type 2 diabetes mellitus", "Type 2 diabetes mellitus")]
    [InlineData("U099", "U09.9", true, "Post COVID-19 condition, unspecified", "Post COVID-19 condition, unspecified")]
    public void Known_codes_read_with_their_descriptions(string code, string display, bool billable, string shortDescription, string longDescription)
    {
        var found = Assert.Single(CodeSetFiles.Icd10CmOrder2025, c => c.Code == code);
        Assert.Equal((display, billable, shortDescription, longDescription), (found.DisplayCode, found.Billable, found.ShortDescription, found.LongDescription));
    }

    [Fact]
    public void Long_descriptions_may_exceed_the_short_column()
    {
        var code = Assert.Single(CodeSetFiles.Icd10CmOrder2025, c => c.Code == "S72001A");
        Assert.True(code.LongDescription.Length > code.ShortDescription.Length);
        Assert.StartsWith("Fracture of unspecified part of neck of right femur", code.LongDescription, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00001 A00     0 Cholera", "line is 23 characters")]
    [InlineData("0000X A00     0 Cholera                                                      Cholera", "order number")]
    [InlineData("00001 A00     2 Cholera                                                      Cholera", "column 15 must be 0 or 1")]
    [InlineData("00001 A0      0 Cholera                                                      Cholera", "is not an ICD-10-CM code")]
    public void Malformed_lines_name_their_line_number(string bad, string problem)
    {
        var good = "00001 A00     0 Cholera                                                      Cholera";
        var ex = Assert.Throws<CodeSetFormatException>(() => Icd10CmOrderReader.Read(new StringReader(good + "\r\n" + bad + "\r\n"), "order.txt").ToList());
        Assert.Equal(2, ex.LineNumber);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("order.txt line 2: ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("E119", "E11.9")]
    [InlineData("S72001A", "S72.001A")]
    [InlineData("A00", "A00")]
    public void Display_codes_put_the_dot_after_the_category(string code, string display) => Assert.Equal(display, Icd10CmCode.ToDisplay(code));
}
