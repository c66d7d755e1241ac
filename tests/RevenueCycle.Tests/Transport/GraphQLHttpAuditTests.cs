using System.Text.Json;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Transport;

/// <summary>
/// The GraphQL-over-HTTP audit suite of the npm package graphql-http, run by node against the real server
/// on a loopback port. Every MUST audit passes; every SHOULD audit passes unless listed below with a reason.
/// </summary>
public sealed class GraphQLHttpAuditTests(KestrelApi api) : IClassFixture<KestrelApi>
{
    /// <summary>SHOULD/MAY audits we knowingly answer differently, with why. Empty means all pass.</summary>
    private static readonly Dictionary<string, string> AcceptedWarnings = new()
    {
    };

    [Fact]
    public async Task Every_audit_passes()
    {
        var output = await ProcessRunner.RunAsync("node", [Path.Combine(RepoPaths.Conformance, "graphql-http-audit.mjs"), api.Host.GraphQLUrl],
            workingDirectory: RepoPaths.Conformance, timeout: TimeSpan.FromMinutes(2));
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.True(results.Count > 20, "The audit ran too few checks: " + output);
        var failures = results
            .Where(r => r.GetProperty("status").GetString() != "ok" && !AcceptedWarnings.ContainsKey(r.GetProperty("id").GetString()!))
            .Select(r => $"{r.GetProperty("status")}: {r.GetProperty("name")} — {r.GetProperty("reason")}")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {results.Count} audits failed:\n" + string.Join('\n', failures));
    }
}
