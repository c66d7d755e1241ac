namespace RevenueCycle.X12;

/// <summary>
/// Finds ../shared/data the way RevenueCycle.SharedData does (the X12 projects cannot reference the Domain):
/// REVENUECYCLE_DATA wins, else walk up from the test binaries to a directory holding shared/data/codesets.
/// </summary>
internal static class TestData
{
    private static readonly Lazy<string> Root = new(Find);

    public static string SamplesDirectory => Path.Combine(Root.Value, "x12", "samples");

    public static string Sample(string name) => File.ReadAllText(Path.Combine(SamplesDirectory, name));

    public static byte[] SampleBytes(string name) => File.ReadAllBytes(Path.Combine(SamplesDirectory, name));

    private static string Find()
    {
        var overridden = Environment.GetEnvironmentVariable("REVENUECYCLE_DATA");
        if (!string.IsNullOrEmpty(overridden) && Directory.Exists(overridden)) return overridden;

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "codesets"))) return candidate;
        }
        throw new DirectoryNotFoundException(
            $"shared/data not found above {AppContext.BaseDirectory}; set REVENUECYCLE_DATA.");
    }
}
