namespace RevenueCycle.Infrastructure;

/// <summary>
/// The example operations of <c>schema/operations/</c>. Tests run them as they are checked in, so an example a
/// front end copies is proven to run against the current schema.
/// </summary>
public static class Operations
{
    public static string Load(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "operations", name + ".graphql"));
}
