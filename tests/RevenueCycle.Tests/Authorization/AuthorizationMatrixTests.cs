using GraphQL;
using System.Text;
using GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.GraphQL;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;

namespace RevenueCycle.Authorization;

/// <summary>
/// Every root field of Query and Mutation, asked by every kind of caller over HTTP, against the declared matrix in
/// authorization-matrix.txt. A new field without a line there fails this test, so each field's rule is a reviewed
/// decision. Regenerate after an intended change with REVENUECYCLE_UPDATE_MATRIX=1 and review the diff.
/// Runs on SQLite and PostgreSQL: the rules are the same, but the fields that get past them read the database.
/// </summary>
public abstract class AuthorizationMatrixTests(ApiHost host)
{
    private const string Anonymous = "anonymous";

    private static string MatrixPath => Path.Combine(RepoPaths.Root, "tests", "RevenueCycle.Tests", "Authorization", "authorization-matrix.txt");

    [Fact]
    public async Task Every_root_field_allows_exactly_the_declared_callers()
    {
        var schema = host.Services.GetRequiredService<RevenueCycleSchema>();
        schema.Initialize(); // resolves the field types, in case no request has yet
        var callers = await CallersAsync();
        var actual = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (root, keyword) in new[] { (schema.Query, "query"), ((IObjectGraphType)schema.Mutation!, "mutation") })
            foreach (var field in root.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)))
            {
                var allowed = new List<string>();
                foreach (var (name, client) in callers)
                    if (!await IsRefusedAsync(client, keyword, field)) allowed.Add(name);
                actual[$"{root.Name}.{field.Name}"] = allowed;
            }
        foreach (var (_, client) in callers) client.Dispose();

        var printed = Print(actual);
        if (Environment.GetEnvironmentVariable("REVENUECYCLE_UPDATE_MATRIX") == "1") await File.WriteAllTextAsync(MatrixPath, printed);
        var declared = Parse(await File.ReadAllTextAsync(MatrixPath));

        var undeclared = actual.Keys.Except(declared.Keys).ToList();
        Assert.True(undeclared.Count == 0, "Fields without a declared rule in authorization-matrix.txt: " + string.Join(", ", undeclared));
        var stale = declared.Keys.Except(actual.Keys).ToList();
        Assert.True(stale.Count == 0, "Declared fields that no longer exist: " + string.Join(", ", stale));
        var wrong = actual.Where(a => !a.Value.Order().SequenceEqual(declared[a.Key].Order()))
            .Select(a => $"{a.Key}: declared [{string.Join(' ', declared[a.Key])}], actual [{string.Join(' ', a.Value)}]").ToList();
        Assert.True(wrong.Count == 0, "Fields whose callers differ from the matrix:\n" + string.Join("\n", wrong));
    }

    // Only the root field, with a bare selection; arguments are left out on purpose. A missing required argument
    // fails validation (so no mutation ever runs here), and the authorization rule reports in the same pass.
    private static async Task<bool> IsRefusedAsync(HttpClient client, string keyword, FieldType field)
    {
        var selection = field.ResolvedType!.GetNamedType() is IComplexGraphType or UnionGraphType ? " { __typename }" : "";
        var response = await client.GraphQLAsync($"{keyword} {{ {field.Name}{selection} }}");
        return response.ErrorCodes().Any(c => c is AuthorizationRule.NotAuthenticated or AuthorizationRule.NotAuthorized);
    }

    private async Task<List<(string Name, HttpClient Client)>> CallersAsync()
    {
        var callers = new List<(string, HttpClient)> { (Anonymous, host.Anonymous()) };
        foreach (var role in Roles.All) callers.Add((role, host.As("matrix@demo.test", "demo", role)));
        // The operator signs in for real: their token has no tenant, which the Development header cannot express.
        using var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var (verifier, challenge) = OAuth.Pkce();
        var callback = await OAuth.SignInAndAuthorizeAsync(browser, IdentitySeeder.OperatorEmail, IdentitySeeder.DemoPassword, challenge, "m");
        var token = (await OAuth.RedeemCodeAsync(browser, callback["code"], verifier))["access_token"]!.GetValue<string>();
        callers.Add((Roles.PlatformOperator, host.WithToken(token)));
        return callers;
    }

    private static string Print(IDictionary<string, List<string>> matrix)
    {
        var text = new StringBuilder();
        text.AppendLine("# Who may use each root field. One line per field: the callers allowed, or 'nobody'.");
        text.AppendLine("# Callers: anonymous, each tenant role, PLATFORM_OPERATOR (no tenant). Integrations act with the");
        text.AppendLine("# roles their scopes stand for (README, 'Getting a token'). Checked by AuthorizationMatrixTests.");
        var width = matrix.Keys.Max(k => k.Length) + 2;
        foreach (var (field, allowed) in matrix)
            text.AppendLine(field.PadRight(width) + (allowed.Count == 0 ? "nobody" : string.Join(' ', allowed)));
        return text.ToString();
    }

    private static Dictionary<string, List<string>> Parse(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(p => p[0], p => p.Skip(1).Where(c => c != "nobody").ToList());
}

public sealed class AuthorizationMatrixTestsOnSqlite(SqliteApi api) : AuthorizationMatrixTests(api.Host), IClassFixture<SqliteApi>;

[Collection(SharedPostgresApi.Name)]
public sealed class AuthorizationMatrixTestsOnPostgres(PostgresApi api) : AuthorizationMatrixTests(api.Host);
