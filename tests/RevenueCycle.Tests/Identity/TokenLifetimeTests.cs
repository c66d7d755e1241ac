using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RevenueCycle.Data;
using RevenueCycle.GraphQL;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;

namespace RevenueCycle.Identity;

/// <summary>
/// What happens to tokens over time and across restarts: the same database, hosts started one after another with
/// the generated (persisted) keys and clocks that move; plus the token endpoint's rate limit and sign-in lock-out.
/// </summary>
public sealed class TokenLifetimeTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"revenuecycle-test-{Guid.NewGuid():N}.db");

    // A fixed issuer, as production configures it: tokens must not depend on which URL a request came in on.
    private static readonly Dictionary<string, string?> Issuer = new() { ["Authentication:Server:Issuer"] = "https://revenuecycle.test/" };

    private string ConnectionString => $"Data Source={_file};Pooling=false";

    private ApiHost Start(DateTimeOffset now, Dictionary<string, string?>? settings = null) =>
        new(DatabaseProvider.Sqlite, ConnectionString, clock: new FixedClock(now),
            settings: new Dictionary<string, string?>(Issuer.Concat(settings ?? [])));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Tokens_survive_a_restart_and_expire_on_time()
    {
        var now = FixedClock.Default;
        string token;
        await using (var first = Start(now))
        {
            using var client = first.CreateClient();
            token = await client.ClientTokenAsync();
            using var caller = first.WithToken(token);
            Assert.Empty((await caller.GraphQLAsync("{ me { actor } }")).ErrorCodes());
        }

        // Restarted (same keys on disk, same database): the token still works.
        await using (var second = Start(now.AddMinutes(29)))
        {
            using var caller = second.WithToken(token);
            Assert.Empty((await caller.GraphQLAsync("{ me { actor } }")).ErrorCodes());
        }

        // Past its 30-minute lifetime it does not.
        await using (var later = Start(now.AddMinutes(31)))
        {
            using var caller = later.WithToken(token);
            Assert.Equal([AuthorizationRule.NotAuthenticated], (await caller.GraphQLAsync("{ me { actor } }")).ErrorCodes());
        }
    }

    [Fact]
    public async Task The_token_endpoint_answers_429_beyond_its_rate_limit()
    {
        await using var host = Start(FixedClock.Default, new() { ["Authentication:Server:TokenRateLimit"] = "3" });
        using var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await client.TokenAsync(("grant_type", "client_credentials"), ("client_id", "demo-integration"), ("client_secret", "guess-" + i))).Status);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await using var host = Start(FixedClock.Default);
        var signIn = new Uri("/account/signin?returnUrl=%2F", UriKind.Relative);

        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await OAuth.SubmitSignInAsync(client, signIn, "biller@demo.test", "wrong-password-" + i)).StatusCode);

        var locked = await OAuth.SubmitSignInAsync(client, signIn, "biller@demo.test", IdentitySeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync());

        // Another user is not affected.
        Assert.Equal(HttpStatusCode.Redirect, (await OAuth.SubmitSignInAsync(client, signIn, "coder@demo.test", IdentitySeeder.DemoPassword)).StatusCode);

        using var auditor = host.As("auditor", "demo", Roles.Auditor);
        var actions = (await auditor.GraphQLAsync("""{ auditEvents(first: 50, where: { actor: { eq: "biller@demo.test" } }) { nodes { action } } }"""))
            .Data()["auditEvents"]!["nodes"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()).ToList();
        Assert.Equal(4, actions.Count(a => a == "SignInFailed"));
        Assert.Equal(2, actions.Count(a => a == "SignInLockedOut"));
    }
}
