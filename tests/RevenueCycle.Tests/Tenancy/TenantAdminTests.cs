using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using RevenueCycle.GraphQL;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;

namespace RevenueCycle.Tenancy;

/// <summary>The tenant admin API: users, integration clients, tenant settings, and the platform operator's createTenant.</summary>
public sealed class TenantAdminTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    private ApiHost Host => api.Host;

    private HttpClient Admin(string tenant = "demo") => Host.As($"admin@{tenant}.test", tenant, Roles.TenantAdmin);

    private HttpClient Browser() => Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<string> UserTokenAsync(string email, string password)
    {
        using var browser = Browser();
        var (verifier, challenge) = OAuth.Pkce();
        var callback = await OAuth.SignInAndAuthorizeAsync(browser, email, password, challenge, "s");
        return (await OAuth.RedeemCodeAsync(browser, callback["code"], verifier))["access_token"]!.GetValue<string>();
    }

    private static async Task<JsonNode> MutateAsync(HttpClient client, string mutation, object input)
    {
        var response = await client.GraphQLAsync(mutation, new { input });
        return response.Data().AsObject().First().Value!;
    }

    // Each payload's error union lists only the errors that mutation can return; spreads must stay within it.
    private const string UserFields = "user { id email roles isActive lastSignInAt } errors { __typename ... on Error { message } }";
    private const string UserFieldsWithField = "user { id email roles isActive lastSignInAt } errors { __typename ... on Error { message } ... on ValidationError { field } }";

    [Fact]
    public async Task An_admin_creates_a_user_changes_their_roles_and_sees_them_listed_with_their_last_sign_in()
    {
        using var admin = Admin();
        var created = await MutateAsync(admin, $"mutation($input: CreateUserInput!) {{ createUser(input: $input) {{ {UserFieldsWithField} }} }}",
            new { email = "newcoder@demo.test", displayName = "New Coder", password = "Welcome-Coder-1", roles = new[] { "CODER" } });
        Assert.Null(created["errors"]);
        var id = created["user"]!["id"]!.GetValue<string>();
        Assert.Equal(["CODER"], created["user"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        var assigned = await MutateAsync(admin, $"mutation($input: UserRoleInput!) {{ assignUserRole(input: $input) {{ {UserFields} }} }}", new { userId = id, role = "BILLER" });
        Assert.Equal(["BILLER", "CODER"], assigned["user"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        var removed = await MutateAsync(admin, $"mutation($input: UserRoleInput!) {{ removeUserRole(input: $input) {{ {UserFieldsWithField} }} }}", new { userId = id, role = "CODER" });
        Assert.Equal(["BILLER"], removed["user"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        // The new user signs in; their token carries the role they have now.
        var token = await UserTokenAsync("newcoder@demo.test", "Welcome-Coder-1");
        Assert.Equal("BILLER", OAuth.Payload(token)["role"]!.GetValue<string>());

        var users = (await admin.GraphQLAsync("{ users(first: 100) { nodes { email roles isActive lastSignInAt } } }")).Data()["users"]!["nodes"]!.AsArray();
        var listed = users.Single(u => u!["email"]!.GetValue<string>() == "newcoder@demo.test")!;
        Assert.NotNull(listed["lastSignInAt"]);
        Assert.DoesNotContain(users, u => u!["email"]!.GetValue<string>().EndsWith("@lakeside.test", StringComparison.Ordinal));

        var actions = await AuditActionsAsync(admin, "User");
        Assert.Contains("createUser", actions);
        Assert.Contains("assignUserRole", actions);
        Assert.Contains("removeUserRole", actions);
        Assert.Contains("SignIn", actions);
    }

    [Fact]
    public async Task Users_are_a_connection_filtered_by_email_role_and_activity_and_ordered()
    {
        using var admin = Admin("lakeside");
        const string query = """
            query($where: UserFilterInput, $role: UserRole, $order: [UserSortInput!], $after: String) {
              users(first: 2, after: $after, where: $where, role: $role, order: $order) {
                totalCount pageInfo { hasNextPage endCursor } nodes { email roles isActive }
              }
            }
            """;
        var all = (await admin.GraphQLAsync("{ users(first: 100) { totalCount nodes { email } } }")).Data()["users"]!;
        var emails = all["nodes"]!.AsArray().Select(n => n!["email"]!.GetValue<string>()).ToList();
        Assert.Equal(emails.Order(StringComparer.Ordinal), emails); // by e-mail address unless told otherwise
        Assert.Equal(emails.Count, all["totalCount"]!.GetValue<int>());
        Assert.All(emails, e => Assert.EndsWith("@lakeside.test", e));

        // Paged two at a time with cursors, the pages add up to the whole list.
        var paged = new List<string>();
        string? after = null;
        while (true)
        {
            var page = (await admin.GraphQLAsync(query, new { after })).Data()["users"]!;
            paged.AddRange(page["nodes"]!.AsArray().Select(n => n!["email"]!.GetValue<string>()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        Assert.Equal(emails, paged);

        var billers = (await admin.GraphQLAsync(query, new { role = "BILLER" })).Data()["users"]!;
        Assert.NotEmpty(billers["nodes"]!.AsArray());
        Assert.All(billers["nodes"]!.AsArray(), n => Assert.Contains("BILLER", n!["roles"]!.AsArray().Select(r => r!.GetValue<string>())));
        Assert.True(billers["totalCount"]!.GetValue<int>() < emails.Count);

        var byEmail = (await admin.GraphQLAsync(query, new { where = new { email = new { startsWith = "coder@" } } })).Data()["users"]!["nodes"]!.AsArray();
        Assert.Equal(["coder@lakeside.test"], byEmail.Select(n => n!["email"]!.GetValue<string>()));
        var inactive = (await admin.GraphQLAsync(query, new { where = new { active = new { eq = false } } })).Data()["users"]!["nodes"]!.AsArray();
        Assert.All(inactive, n => Assert.False(n!["isActive"]!.GetValue<bool>()));
        var descending = (await admin.GraphQLAsync(query, new { order = new[] { new { email = "DESC" } } })).Data()["users"]!["nodes"]!.AsArray();
        Assert.Equal(emails.OrderDescending(StringComparer.Ordinal).Take(2), descending.Select(n => n!["email"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Create_user_refusals_are_typed_errors_in_the_payload()
    {
        using var admin = Admin();
        var taken = await MutateAsync(admin, $"mutation($input: CreateUserInput!) {{ createUser(input: $input) {{ {UserFieldsWithField} }} }}",
            new { email = "coder@demo.test", password = "Welcome-Coder-1", roles = new[] { "CODER" } });
        Assert.Null(taken["user"]);
        Assert.Equal("ConflictError", taken["errors"]![0]!["__typename"]!.GetValue<string>());

        var weak = await MutateAsync(admin, $"mutation($input: CreateUserInput!) {{ createUser(input: $input) {{ {UserFieldsWithField} }} }}",
            new { email = "weak@demo.test", password = "short", roles = new[] { "CODER" } });
        Assert.All(weak["errors"]!.AsArray(), e => Assert.Equal("password", e!["field"]!.GetValue<string>()));

        var missing = await MutateAsync(admin, $"mutation($input: UserIdInput!) {{ deactivateUser(input: $input) {{ {UserFieldsWithField} }} }}",
            new { userId = "VXNlcjowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA=" });
        Assert.Equal("NotFoundError", missing["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_tenant_admins_may_administer()
    {
        using var biller = Host.As("biller@demo.test", "demo", Roles.Biller);
        var response = await biller.GraphQLAsync("mutation { createApiClient(input: { displayName: \"x\", scopes: [\"revenuecycle.billing\"] }) { clientSecret } }");
        Assert.Equal([AuthorizationRule.NotAuthorized], response.ErrorCodes());
        Assert.Equal([AuthorizationRule.NotAuthorized], (await biller.GraphQLAsync("{ users(first: 1) { nodes { email } } }")).ErrorCodes());
    }

    [Fact]
    public async Task A_deactivated_user_loses_their_tokens_and_cannot_sign_in_until_reactivated()
    {
        var token = await UserTokenAsync("provider@demo.test", IdentitySeeder.DemoPassword);
        using (var caller = Host.WithToken(token))
            Assert.Empty((await caller.GraphQLAsync("{ me { actor } }")).ErrorCodes());

        using var admin = Admin();
        var users = (await admin.GraphQLAsync("{ users(first: 100) { nodes { id email } } }")).Data()["users"]!["nodes"]!.AsArray();
        var id = users.Single(u => u!["email"]!.GetValue<string>() == "provider@demo.test")!["id"]!.GetValue<string>();
        var deactivated = await MutateAsync(admin, $"mutation($input: UserIdInput!) {{ deactivateUser(input: $input) {{ {UserFieldsWithField} }} }}", new { userId = id });
        Assert.False(deactivated["user"]!["isActive"]!.GetValue<bool>());

        using (var caller = Host.WithToken(token))
            Assert.Equal([AuthorizationRule.NotAuthenticated], (await caller.GraphQLAsync("{ me { actor } }")).ErrorCodes());
        using (var browser = Browser())
        {
            var refused = await OAuth.SubmitSignInAsync(browser, new Uri("/account/signin?returnUrl=%2F", UriKind.Relative), "provider@demo.test", IdentitySeeder.DemoPassword);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the form again, not a redirect
        }

        await MutateAsync(admin, $"mutation($input: UserIdInput!) {{ reactivateUser(input: $input) {{ {UserFields} }} }}", new { userId = id });
        Assert.NotEmpty(await UserTokenAsync("provider@demo.test", IdentitySeeder.DemoPassword));

        var self = users.Single(u => u!["email"]!.GetValue<string>() == "admin@demo.test")!["id"]!.GetValue<string>();
        var refusedSelf = await MutateAsync(admin, $"mutation($input: UserIdInput!) {{ deactivateUser(input: $input) {{ {UserFieldsWithField} }} }}", new { userId = self });
        Assert.Equal("userId", refusedSelf["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_integration_client_is_created_rotated_rescoped_and_revoked()
    {
        using var admin = Admin();
        const string fields = "apiClient { id clientId scopes revokedAt } clientSecret errors { __typename ... on Error { message } }";
        var created = await MutateAsync(admin, $"mutation($input: CreateApiClientInput!) {{ createApiClient(input: $input) {{ {fields} }} }}",
            new { displayName = "Clearinghouse", scopes = new[] { "revenuecycle.billing" } });
        var id = created["apiClient"]!["id"]!.GetValue<string>();
        var clientId = created["apiClient"]!["clientId"]!.GetValue<string>();
        var secret = created["clientSecret"]!.GetValue<string>();

        using var http = Host.CreateClient();
        var token = await TokenAsync(http, clientId, secret);
        using (var caller = Host.WithToken(token))
            Assert.Equal(["BILLER"], (await caller.GraphQLAsync("{ me { roles } }")).Data()["me"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        var rescoped = await MutateAsync(admin, "mutation($input: SetApiClientScopesInput!) { setApiClientScopes(input: $input) { apiClient { scopes } } }",
            new { id, scopes = new[] { "revenuecycle.audit" } });
        Assert.Equal(["revenuecycle.audit"], rescoped["apiClient"]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));

        var rotated = await MutateAsync(admin, $"mutation($input: ApiClientIdInput!) {{ rotateApiClientSecret(input: $input) {{ {fields} }} }}", new { id });
        var newSecret = rotated["clientSecret"]!.GetValue<string>();
        Assert.NotEqual(secret, newSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenResponseAsync(http, clientId, secret)).Status);
        var auditToken = await TokenAsync(http, clientId, newSecret);
        Assert.Equal("AUDITOR", OAuth.Payload(auditToken)["role"]!.GetValue<string>());

        // Another tenant's admin cannot see or touch it.
        using (var lakeside = Admin("lakeside"))
        {
            var foreign = await MutateAsync(lakeside, "mutation($input: ApiClientIdInput!) { revokeApiClient(input: $input) { apiClient { id } errors { __typename } } }", new { id });
            Assert.Equal("NotFoundError", foreign["errors"]![0]!["__typename"]!.GetValue<string>());
            var theirs = (await lakeside.GraphQLAsync("{ apiClients(first: 50) { nodes { clientId } } }")).Data()["apiClients"]!["nodes"]!.AsArray();
            Assert.DoesNotContain(theirs, c => c!["clientId"]!.GetValue<string>() == clientId);
        }

        var revoked = await MutateAsync(admin, "mutation($input: ApiClientIdInput!) { revokeApiClient(input: $input) { apiClient { revokedAt } } }", new { id });
        Assert.NotNull(revoked["apiClient"]!["revokedAt"]);
        using (var caller = Host.WithToken(auditToken))
            Assert.Equal([AuthorizationRule.NotAuthenticated], (await caller.GraphQLAsync("{ me { roles } }")).ErrorCodes());
        Assert.NotEqual(HttpStatusCode.OK, (await TokenResponseAsync(http, clientId, newSecret)).Status);

        var listed = (await admin.GraphQLAsync("{ apiClients(first: 50) { nodes { clientId revokedAt } } }")).Data()["apiClients"]!["nodes"]!.AsArray();
        Assert.Contains(listed, c => c!["clientId"]!.GetValue<string>() == clientId && c["revokedAt"] is not null);
        var actions = await AuditActionsAsync(admin, "ApiClient");
        Assert.Equal(["createApiClient", "revokeApiClient", "rotateApiClientSecret", "setApiClientScopes"], actions.Distinct().Order());
    }

    [Fact]
    public async Task Tenant_settings_change_and_bad_values_are_refused_by_field()
    {
        using var admin = Admin("lakeside");
        var updated = await MutateAsync(admin, "mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { tenant { name timeZone } errors { ... on ValidationError { field } } } }",
            new { name = "Lakeside Billing Company", timeZone = "America/Denver" });
        Assert.Equal("Lakeside Billing Company", updated["tenant"]!["name"]!.GetValue<string>());
        Assert.Equal("America/Denver", updated["tenant"]!["timeZone"]!.GetValue<string>());

        var bad = await MutateAsync(admin, "mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { tenant { name } errors { ... on ValidationError { field } } } }",
            new { billingNpi = "1234567890" });
        Assert.Equal("billingNpi", bad["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Contains("updateTenantSettings", await AuditActionsAsync(admin, "Tenant"));
    }

    [Fact]
    public async Task A_platform_operator_creates_a_tenant_whose_first_admin_can_sign_in()
    {
        var operatorToken = await UserTokenAsync(IdentitySeeder.OperatorEmail, IdentitySeeder.DemoPassword);
        Assert.Null(OAuth.Payload(operatorToken)[RevenueCycleClaims.TenantId]);
        using var platform = Host.WithToken(operatorToken);
        const string mutation = "mutation($input: CreateTenantInput!) { createTenant(input: $input) { tenant { name slug } errors { __typename ... on ValidationError { field } } } }";
        var created = await MutateAsync(platform, mutation,
            new { name = "Hillside Pediatrics", slug = "hillside", adminEmail = "admin@hillside.test", adminPassword = "Hillside-Admin-1" });
        Assert.Equal("hillside", created["tenant"]!["slug"]!.GetValue<string>());

        var again = await MutateAsync(platform, mutation, new { name = "Copy", slug = "hillside", adminEmail = "other@hillside.test", adminPassword = "Hillside-Admin-1" });
        Assert.Equal("ConflictError", again["errors"]![0]!["__typename"]!.GetValue<string>());

        // The tenant row is written before Identity refuses the weak password; the runner's one transaction takes
        // it back (UserManager works on the same DbContext), so the same slug and e-mail can be used right after.
        var weak = await MutateAsync(platform, mutation, new { name = "Weak", slug = "weakling", adminEmail = "admin@weakling.test", adminPassword = "short" });
        Assert.Null(weak["tenant"]);
        Assert.All(weak["errors"]!.AsArray(), e => Assert.Equal("adminPassword", e!["field"]!.GetValue<string>()));
        var retried = await MutateAsync(platform, mutation, new { name = "Weak", slug = "weakling", adminEmail = "admin@weakling.test", adminPassword = "Weakling-Admin-1" });
        Assert.True(retried["errors"] is null, retried.ToJsonString());

        // The operator reads no tenant data, and tenant admins cannot create tenants.
        Assert.Equal([AuthorizationRule.NotAuthenticated], (await platform.GraphQLAsync("{ claims(first: 1) { totalCount } }")).ErrorCodes());
        using (var admin = Admin())
            Assert.Equal([AuthorizationRule.NotAuthorized], (await admin.GraphQLAsync(mutation, new { input = new { name = "x", slug = "xx", adminEmail = "a@x.test", adminPassword = "Hillside-Admin-1" } })).ErrorCodes());

        using var hillside = Host.WithToken(await UserTokenAsync("admin@hillside.test", "Hillside-Admin-1"));
        var me = (await hillside.GraphQLAsync("{ me { roles tenant { slug } } claims(first: 1) { totalCount } }")).Data();
        Assert.Equal("hillside", me["me"]!["tenant"]!["slug"]!.GetValue<string>());
        Assert.Equal(0, me["claims"]!["totalCount"]!.GetValue<int>());
        Assert.Contains("createTenant", await AuditActionsAsync(hillside, "Tenant"));
    }

    private static async Task<List<string>> AuditActionsAsync(HttpClient admin, string entityType) =>
        [.. (await admin.GraphQLAsync("query($t: String) { auditEvents(first: 100, where: { entityType: { eq: $t } }) { nodes { action } } }", new { t = entityType }))
            .Data()["auditEvents"]!["nodes"]!.AsArray().Select(e => e!["action"]!.GetValue<string>())];

    private static async Task<(HttpStatusCode Status, JsonObject Body)> TokenResponseAsync(HttpClient http, string clientId, string secret) =>
        await http.TokenAsync(("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret));

    private static async Task<string> TokenAsync(HttpClient http, string clientId, string secret)
    {
        var (status, body) = await TokenResponseAsync(http, clientId, secret);
        Assert.True(status == HttpStatusCode.OK, $"{status}: {body.ToJsonString()}");
        return body["access_token"]!.GetValue<string>();
    }
}
