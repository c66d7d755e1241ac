using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;

namespace RevenueCycle.Performance;

/// <summary>
/// The load harness signs in as a partner does: <c>seed-large --client-secret-file</c> gives the large tenant an
/// integration client with a fresh secret on every run, and client credentials with it read that tenant.
/// </summary>
public sealed class LargeSeedClientTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task The_seeded_client_signs_in_to_its_tenant_and_a_rerun_replaces_its_secret()
    {
        var file = Path.Combine(Path.GetTempPath(), $"revenuecycle-secret-{Guid.NewGuid():N}");
        try
        {
            string[] args = ["--claims", "12", "--tenant", "perfseed", "--client-secret-file", file];
            await LargeSeed.RunAsync(api.Host.Services, args, NullLogger.Instance);
            var first = await File.ReadAllTextAsync(file);
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));

            using var client = api.Host.Anonymous();
            using (var caller = api.Host.WithToken(await TokenAsync(client, first)))
            {
                var data = (await caller.GraphQLAsync("{ me { clientId tenant { slug } } claims(first: 1) { totalCount } }")).Data();
                Assert.Equal("perfseed-integration", data["me"]!["clientId"]!.GetValue<string>());
                Assert.Equal("perfseed", data["me"]!["tenant"]!["slug"]!.GetValue<string>());
                Assert.Equal(12, data["claims"]!["totalCount"]!.GetValue<int>());
            }

            // The tenant exists now: the rerun seeds nothing, but the client gets a new secret and the old one stops working.
            await LargeSeed.RunAsync(api.Host.Services, args, NullLogger.Instance);
            var second = await File.ReadAllTextAsync(file);
            Assert.NotEqual(first, second);
            var (status, body) = await client.TokenAsync(Form(first));
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Equal("invalid_client", body["error"]!.GetValue<string>());
            await TokenAsync(client, second);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (string, string)[] Form(string secret) =>
        [("grant_type", "client_credentials"), ("client_id", "perfseed-integration"), ("client_secret", secret), ("scope", "revenuecycle.billing")];

    private static async Task<string> TokenAsync(HttpClient client, string secret)
    {
        var (status, body) = await client.TokenAsync(Form(secret));
        Assert.True(status == HttpStatusCode.OK, $"{status}: {body.ToJsonString()}");
        return body["access_token"]!.GetValue<string>();
    }
}
