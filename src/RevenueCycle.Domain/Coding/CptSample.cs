namespace RevenueCycle.Coding;

/// <summary>
/// The CPT sample the product ships (CptSample.csv, embedded): about thirty common codes with descriptions
/// written for this project, not the AMA's descriptors, in the customer import format of <see cref="CptCsvReader"/>.
/// It seeds demo tenants; real use needs the customer's licensed CPT file.
/// </summary>
public static class CptSample
{
    public const string ResourceName = "RevenueCycle.Coding.CptSample.csv";

    /// <summary>The raw CSV, e.g. to offer as a downloadable template of the import format.</summary>
    public static Stream OpenCsv() =>
        typeof(CptSample).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");

    public static IReadOnlyList<CptCode> Codes { get; } = Load();

    private static List<CptCode> Load()
    {
        using var reader = new StreamReader(OpenCsv(), System.Text.Encoding.UTF8);
        return CptCsvReader.Read(reader, "CptSample.csv").ToList();
    }
}
