using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;
using RevenueCycle.Data;
using RevenueCycle.Identity;
using RevenueCycle.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace RevenueCycle.Seeding;

/// <summary>
/// Roles always; and in Development and tests, demo sign-ins: one user per role in each demo tenant (one shared,
/// documented password), a platform operator, an integration client per demo tenant and the SPA client. Never
/// outside Development/Testing, where a known password would be an open door.
/// </summary>
public static class IdentitySeeder
{
    public const string DemoPassword = "Demo-Password-1";
    public const string OperatorEmail = "operator@revenuecycle.test";
    public const string SpaClientId = "revenuecycle-spa";

    /// <summary>The demo users' e-mail local parts and roles: admin@demo.test is the demo tenant's TENANT_ADMIN.</summary>
    public static readonly IReadOnlyList<(string Name, string Role)> DemoUsers =
    [
        ("admin", Roles.TenantAdmin), ("coder", Roles.Coder), ("biller", Roles.Biller),
        ("frontdesk", Roles.FrontDesk), ("provider", Roles.Provider), ("auditor", Roles.Auditor),
    ];

    /// <summary>Where the SPA client may send users back to: the GraphiQL page and a local front-end dev server.</summary>
    public static readonly string[] SpaRedirectUris =
        ["http://localhost:5080/graphql", "http://127.0.0.1:5080/graphql", "http://localhost:5173/callback"];

    public static string IntegrationClientId(string tenantSlug) => $"{tenantSlug}-integration";

    public static string IntegrationSecret(string tenantSlug) => $"{tenantSlug}-integration-secret";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var roles = provider.GetRequiredService<RoleManager<Role>>();
        foreach (var role in Roles.All.Append(Roles.PlatformOperator))
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new Role(role) { Id = SeedIds.For("role", role).ToString() }));

        var environment = provider.GetRequiredService<IHostEnvironment>();
        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing")) return;

        var db = provider.GetRequiredService<RevenueCycleDb>();
        var tenants = await db.Tenants.AsNoTracking().Where(t => t.Slug == DemoSeeder.DemoTenant || t.Slug == DemoSeeder.SecondTenant)
            .OrderBy(t => t.Slug).ToListAsync(cancellationToken);
        foreach (var tenant in tenants)
        {
            foreach (var (name, role) in DemoUsers)
                await UserAsync(provider, $"{name}@{tenant.Slug}.test", tenant.Id, role);
            await IntegrationClientAsync(services, tenant, IntegrationSecret(tenant.Slug), replaceSecret: false, cancellationToken);
        }
        await UserAsync(provider, OperatorEmail, null, Roles.PlatformOperator);
        await SpaClientAsync(provider, cancellationToken);
    }

    private static async Task UserAsync(IServiceProvider provider, string email, Guid? tenantId, string role)
    {
        var users = provider.GetRequiredService<UserManager<User>>();
        if (await users.FindByEmailAsync(email) is not null) return;
        var user = new User
        {
            Id = SeedIds.For("user", email).ToString(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            TenantId = tenantId,
            DisplayName = email[..email.IndexOf('@')],
            CreatedAt = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(user, DemoPassword));
        Check(await users.AddToRoleAsync(user, role));
    }

    /// <summary>
    /// The tenant's integration client (<see cref="IntegrationClientId"/>, every API scope) with <paramref name="secret"/>:
    /// created when missing; when it exists, its secret is replaced only if <paramref name="replaceSecret"/> (the load
    /// harness gets a fresh secret on every seed, since only a hash is stored).
    /// </summary>
    public static async Task IntegrationClientAsync(IServiceProvider services, Tenant tenant, string secret, bool replaceSecret,
        CancellationToken cancellationToken)
    {
        // An integration acts within its tenant: the ApiClient row is written in that tenant's scope.
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant.Id, "seed");
        var clientId = IntegrationClientId(tenant.Slug);
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } existing)
        {
            if (replaceSecret) await applications.UpdateAsync(existing, secret, cancellationToken);
            return;
        }
        var scopes = ApiScopes.RoleOfScope.Keys.ToList();
        await applications.CreateAsync(IntegrationClients.Descriptor(clientId, $"{tenant.Name} demo integration", secret, scopes), cancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
        db.ApiClients.Add(new ApiClient
        {
            Id = SeedIds.For("api-client", clientId),
            ClientId = clientId,
            DisplayName = $"{tenant.Name} demo integration",
            Scopes = string.Join(' ', scopes),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SpaClientAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        var applications = provider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(SpaClientId, cancellationToken) is not null) return;
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = SpaClientId,
            DisplayName = "RevenueCycle web app",
            ClientType = ClientTypes.Public,
            ApplicationType = ApplicationTypes.Web,
            ConsentType = ConsentTypes.Implicit,
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles,
            },
        };
        foreach (var uri in SpaRedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        }
        await applications.CreateAsync(descriptor, cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Seeding sign-ins failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
