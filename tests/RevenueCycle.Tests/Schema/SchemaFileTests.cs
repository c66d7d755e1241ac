using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.GraphQL;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Schema;

/// <summary>
/// schema/schema.graphql is the reviewed contract: it must equal the running schema. After an intended change,
/// regenerate it with <c>REVENUECYCLE_UPDATE_SCHEMA=1 dotnet test --filter SchemaFileTests</c> and review the diff.
/// </summary>
public sealed class SchemaFileTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Fact]
    public void The_checked_in_SDL_matches_the_running_schema()
    {
        var schema = api.Host.Services.GetRequiredService<RevenueCycleSchema>();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").Trim() + "\n";
        var path = Path.Combine(RepoPaths.Root, "schema", "schema.graphql");

        if (Environment.GetEnvironmentVariable("REVENUECYCLE_UPDATE_SCHEMA") == "1")
            File.WriteAllText(path, printed);

        Assert.True(File.Exists(path), "schema/schema.graphql is missing; generate it (see this test's summary).");
        var checkedIn = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(checkedIn == printed,
            "schema/schema.graphql differs from the running schema. If the change is intended, run " +
            "REVENUECYCLE_UPDATE_SCHEMA=1 dotnet test --filter SchemaFileTests and commit the diff.");
    }
}
