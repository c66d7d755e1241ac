namespace RevenueCycle;

/// <summary>
/// Finds the real code-set and X12 files that ship beside the repository (<c>../shared/data</c>).
/// Operators can point elsewhere with <c>REVENUECYCLE_DATA</c>; tests and the embedded default use this.
/// </summary>
public static class SharedData
{
    public static string? TryFind(string? start = null)
    {
        var overridden = Environment.GetEnvironmentVariable("REVENUECYCLE_DATA");
        if (!string.IsNullOrEmpty(overridden) && Directory.Exists(overridden)) return overridden;

        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "codesets"))) return candidate;
        }
        return null;
    }

    public static string Find(string? start = null) =>
        TryFind(start) ?? throw new DirectoryNotFoundException(
            "shared/data not found above " + (start ?? AppContext.BaseDirectory) + "; set REVENUECYCLE_DATA.");

    public static string File(params string[] parts) => Path.Combine([Find(), .. parts]);
}
