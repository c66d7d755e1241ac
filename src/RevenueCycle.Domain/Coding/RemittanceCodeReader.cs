namespace RevenueCycle.Coding;

/// <summary>
/// Reads the remittance code lists of shared/data/codesets (<c>carc.tsv</c>, <c>carc-legacy.tsv</c>,
/// <c>rarc.tsv</c>, <c>carc-groups.tsv</c>): UTF-8, tab-separated, header <c>code, description</c>.
/// </summary>
public static class RemittanceCodeReader
{
    public static IEnumerable<RemittanceCode> ReadFile(string path) => TsvReader.ReadFile(path, Read);

    public static IEnumerable<RemittanceCode> Read(TextReader reader, string? source = null) =>
        TsvReader.Read(reader, source, "code", "description")
            .Select(row => new RemittanceCode(row.Fields[0].Trim(), row.Fields[1].Trim()));
}
