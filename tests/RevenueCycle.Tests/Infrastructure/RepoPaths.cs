namespace RevenueCycle.Infrastructure;

public static class RepoPaths
{
    /// <summary>The repository root: the folder holding RevenueCycle.Api.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Conformance => Path.Combine(Root, "tests", "RevenueCycle.Tests", "Conformance");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RevenueCycle.Api.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("RevenueCycle.Api.sln not found above " + AppContext.BaseDirectory);
    }
}
