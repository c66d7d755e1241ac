using System.Net.Http.Headers;
using System.Security.Claims;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using GraphQL;
using RevenueCycle.Data;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Http;
using RevenueCycle.Identity;

namespace RevenueCycle.Infrastructure;

/// <summary>
/// The real API (Program + AddRevenueCycle) on a given database, in process. Optionally on Kestrel with a
/// loopback port, for third-party clients (graphql-http audit, Chromium) that need a real socket.
/// Tests only swap the database, the clock and turn on the development sign-in.
/// </summary>
public sealed class ApiHost : WebApplicationFactory<Program>
{
    private readonly DatabaseProvider _provider;
    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="settings">Extra configuration (e.g. Authentication:Server:TokenRateLimit) for this host only.</param>
    /// <param name="port">Listen on this port (a restarted host keeps its predecessor's URL); 0 picks a free one.</param>
    public ApiHost(DatabaseProvider provider, string connectionString, bool kestrel = false, TimeProvider? clock = null,
        IReadOnlyDictionary<string, string?>? settings = null, int port = 0)
    {
        _provider = provider;
        _connectionString = connectionString;
        _clock = clock ?? new FixedClock();
        _settings = settings ?? new Dictionary<string, string?>();
        if (kestrel)
        {
            Port = port > 0 ? port : FreePort.Next();
            UseKestrel(Port);
            StartServer();
        }
    }

    public int Port { get; }

    /// <summary>SQL commands sent by this host so far (all requests).</summary>
    public SqlCommandCounter SqlCommands { get; } = new();
    public string GraphQLUrl => $"http://127.0.0.1:{Port}/graphql";
    public string WebSocketUrl => $"ws://127.0.0.1:{Port}/graphql";
    public DatabaseProvider Provider => _provider;
    public string ConnectionString => _connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _provider.ToString());
        builder.UseSetting("Database:ConnectionString", _connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Authentication:Development:Enabled", "true");
        builder.UseSetting("Authentication:Server:RequireHttps", "false");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.UseSetting("Performance:BaselineEndpoint", "true"); // B0 of the load harness, compared with W1 in tests
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(_clock);
            services.ConfigureDbContext<RevenueCycleDb>(options => options.AddInterceptors(SqlCommands));
        });
    }

    /// <summary>An HTTP client signed in as <paramref name="user"/> of <paramref name="tenant"/> with <paramref name="roles"/>.</summary>
    public HttpClient As(string user, string tenant = "demo", params string[] roles)
    {
        var client = Port > 0 ? new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") } : CreateClient();
        client.DefaultRequestHeaders.Add(DevelopmentAuthentication.Header, $"{user}; tenant={tenant}; roles={string.Join(',', roles)}");
        return client;
    }

    public HttpClient Anonymous() => Port > 0 ? new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") } : CreateClient();

    /// <summary>A client with a bearer token in every request.</summary>
    public HttpClient WithToken(string accessToken)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public HttpClient Biller(string tenant = "demo") => As("biller", tenant, Roles.Biller);

    /// <summary>A database context scoped to <paramref name="tenant"/>, to check what a request stored (dispose it).</summary>
    public RevenueCycleDb TenantDb(string tenant = "demo")
    {
        // The service scope lives as long as the test process; disposing the context is what matters.
        var services = Services.CreateScope().ServiceProvider;
        var db = services.GetRequiredService<RevenueCycleDb>();
        var tenantId = db.Tenants.Where(t => t.Slug == tenant).Select(t => t.Id).Single();
        services.GetRequiredService<Tenancy.TenantScope>().Enter(tenantId, "test");
        return db;
    }

    /// <summary>A biller of <paramref name="tenant"/> as the sign-in would make one, for <see cref="ExecuteAsync"/> (no HTTP, no token).</summary>
    public ClaimsPrincipal BillerPrincipal(string name, string tenant = "demo")
    {
        using var db = TenantDb(tenant);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), new Claim(RevenueCycleClaims.TenantId, db.CurrentTenantId.ToString()), new Claim(ClaimTypes.Role, Roles.Biller)],
            "Test"));
    }

    /// <summary>
    /// Runs one operation through the app's <see cref="GraphQLExecutor"/> in <paramref name="scope"/> (a fresh DI scope), as
    /// <paramref name="user"/> in the user's tenant: what the HTTP endpoint does, without HTTP.
    /// </summary>
    public static Task<ExecutionResult> ExecuteAsync(IServiceProvider scope, ClaimsPrincipal user, GraphQLHttpRequest request)
    {
        scope.GetRequiredService<Tenancy.TenantScope>().Enter(Guid.Parse(user.FindFirstValue(RevenueCycleClaims.TenantId)!), user.Identity!.Name!);
        return scope.GetRequiredService<GraphQLExecutor>().ExecuteAsync(request, user, scope, default);
    }
}

public static class GraphQLClient
{
    /// <summary>POSTs a GraphQL request and returns the parsed response body (asserting a JSON answer).</summary>
    public static async Task<JsonObject> GraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body)?.AsObject() ?? throw new InvalidOperationException("Empty response: " + body);
    }

    public static JsonNode Data(this JsonObject response)
    {
        Assert.True(response["errors"] is null, "Unexpected errors: " + response["errors"]?.ToJsonString());
        return response["data"]!;
    }

    public static string[] ErrorCodes(this JsonObject response) =>
        response["errors"]?.AsArray().Select(e => e!["extensions"]?["code"]?.GetValue<string>() ?? "").ToArray() ?? [];

    public static string Json(this JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
