namespace RevenueCycle.Coding;

public class RemittanceCodeReaderTests
{
    private static List<RemittanceCode> Read(string file) => RemittanceCodeReader.ReadFile(CodeSetFiles.Path(file)).ToList();

    [Theory]
    [InlineData("carc.tsv", 291)]
    [InlineData("carc-legacy.tsv", 37)]
    [InlineData("rarc.tsv", 1_083)]
    [InlineData("carc-groups.tsv", 5)]
    public void Each_list_has_its_documented_count(string file, int count)
    {
        var codes = Read(file);
        Assert.Equal(count, codes.Count);
        Assert.Equal(count, codes.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.NotEmpty(c.Description));
    }

    [Fact]
    public void Known_codes_are_present_and_legacy_codes_are_not_active()
    {
        var carc = Read("carc.tsv").ToDictionary(c => c.Code);
        var legacy = Read("carc-legacy.tsv").ToDictionary(c => c.Code);
        Assert.StartsWith("Charge exceeds fee schedule", carc["45"].Description, StringComparison.Ordinal);
        Assert.Equal("Deductible Amount", carc["1"].Description);
        Assert.Equal("Contractual adjustment", legacy["A2"].Description);
        Assert.Empty(carc.Keys.Intersect(legacy.Keys));
        Assert.Equal(["CO", "CR", "OA", "PI", "PR"], Read("carc-groups.tsv").Select(g => g.Code));
        Assert.Contains(Read("rarc.tsv"), r => r.Code == "N130");
    }
}
