using RevenueCycle.Coding;
using RevenueCycle.Data;
using RevenueCycle.Hosting;
using RevenueCycle.Seeding;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRevenueCycle(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseRevenueCycle();

if (args.Contains("--migrate"))
{
    // Operators run this once per release against PostgreSQL / SQL Server (see docs/database.md).
    await DatabaseInitializer.MigrateAsync(app.Services, app.Logger);
    return;
}

if (args.Contains(LargeSeed.Command))
{
    // Data for the performance harness (docs/performance.md); seeds and exits.
    await LargeSeed.RunAsync(app.Services, args, app.Logger);
    return;
}

// After host options such as --contentRoot, like the other commands.
var codeSetCommand = Array.IndexOf(args, CodeSetCommand.Name);
if (codeSetCommand >= 0)
{
    // import-codes [--system …] [--file …] [--release …]: see docs/codesets.md.
    Environment.ExitCode = await CodeSetCommand.RunAsync(app.Services, args[(codeSetCommand + 1)..], Console.Out);
    return;
}

await DatabaseInitializer.InitializeAsync(app.Services, app.Lifetime.ApplicationStopping);
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
        app.Logger.LogInformation("GraphQL endpoint: {Url}/graphql  (open it in a browser for the GraphiQL IDE)", url);
});
await app.RunAsync();

/// <summary>Entry point, visible to the test hosts (WebApplicationFactory).</summary>
public partial class Program;
