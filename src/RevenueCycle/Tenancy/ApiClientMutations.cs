using System.Security.Cryptography;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.Identity;

namespace RevenueCycle.Tenancy;

public sealed class CreateApiClientInput
{
    public string DisplayName { get; set; } = "";
    public List<string> Scopes { get; set; } = [];
}

public sealed class CreateApiClientInputType : InputObjectGraphType<CreateApiClientInput>
{
    public CreateApiClientInputType()
    {
        Name = "CreateApiClientInput";
        Field(i => i.DisplayName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes")
            .Description("API scopes, e.g. revenuecycle.billing (see the README's scope table).");
    }
}

public sealed class ApiClientIdInput
{
    public string Id { get; set; } = "";
}

public sealed class ApiClientIdInputType : InputObjectGraphType<ApiClientIdInput>
{
    public ApiClientIdInputType()
    {
        Name = "ApiClientIdInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

public sealed class SetApiClientScopesInput
{
    public string Id { get; set; } = "";
    public List<string> Scopes { get; set; } = [];
}

public sealed class SetApiClientScopesInputType : InputObjectGraphType<SetApiClientScopesInput>
{
    public SetApiClientScopesInputType()
    {
        Name = "SetApiClientScopesInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes");
    }
}

/// <summary>
/// Tenant admins manage their integrations. The secret is shown once, in the payload that creates or rotates
/// it; OpenIddict keeps only a hash.
/// </summary>
public static class ApiClientMutations
{
    private static readonly string[] Admins = [Roles.TenantAdmin];
    private const string SecretField = "clientSecret";
    private const string SecretDescription = "The client secret, shown this once; only a hash is kept.";

    public static void Register(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateApiClientInput>("createApiClient", "Registers an integration (client credentials); the payload's clientSecret is shown this once.",
                "apiClient", "ApiClient", Admins, CreateAsync)
            .PayloadField(SecretField, new StringGraphType(), SecretDescription);
        mutation.Mutation<ApiClientIdInput>("rotateApiClientSecret", "Replaces the client's secret; the old one stops working now, issued tokens run out.",
                "apiClient", "ApiClient", Admins, RotateAsync)
            .PayloadField(SecretField, new StringGraphType(), SecretDescription);
        mutation.Mutation<SetApiClientScopesInput>("setApiClientScopes", "Sets the scopes the client may ask for (from its next token).",
            "apiClient", "ApiClient", Admins, SetScopesAsync);
        mutation.Mutation<ApiClientIdInput>("revokeApiClient", "Revokes the client: no more tokens, and its tokens stop working at once.",
            "apiClient", "ApiClient", Admins, RevokeAsync);
    }

    private static async Task<object> CreateAsync(MutationContext<CreateApiClientInput> m)
    {
        if (string.IsNullOrWhiteSpace(m.Input.DisplayName)) throw MutationException.Invalid("displayName", "Name the integration.");
        CheckScopes(m.Input.Scopes);
        var tenant = await m.Db.Tenants.AsNoTracking().FirstAsync(t => t.Id == m.Db.CurrentTenantId);
        var client = new ApiClient
        {
            ClientId = $"{tenant.Slug}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}",
            DisplayName = m.Input.DisplayName.Trim(),
            Scopes = string.Join(' ', m.Input.Scopes.Distinct()),
        };
        var secret = NewSecret();
        await Applications(m.Services).CreateAsync(IntegrationClients.Descriptor(client.ClientId, client.DisplayName, secret, client.ScopeList));
        m.Db.ApiClients.Add(client);
        m.Audit(client, $"{client.ClientId}; scopes: {client.Scopes}");
        m.Extra[SecretField] = secret;
        return client;
    }

    private static async Task<object> RotateAsync(MutationContext<ApiClientIdInput> m)
    {
        var client = await FindLiveAsync(m, m.Input.Id);
        var secret = NewSecret();
        await UpdateApplicationAsync(m.Services, client, d => d.ClientSecret = secret);
        client.SecretRotatedAt = m.UtcNow;
        m.Audit(client, client.ClientId);
        m.Extra[SecretField] = secret;
        return client;
    }

    private static async Task<object> SetScopesAsync(MutationContext<SetApiClientScopesInput> m)
    {
        var client = await FindLiveAsync(m, m.Input.Id);
        CheckScopes(m.Input.Scopes);
        client.Scopes = string.Join(' ', m.Input.Scopes.Distinct());
        await UpdateApplicationAsync(m.Services, client, d => IntegrationClients.SetScopes(d, client.ScopeList));
        m.Audit(client, $"{client.ClientId}; scopes: {client.Scopes}");
        return client;
    }

    private static async Task<object> RevokeAsync(MutationContext<ApiClientIdInput> m)
    {
        var client = await m.FindAsync<ApiClient>(m.Input.Id, "ApiClient");
        if (client.RevokedAt is null)
        {
            // Deleting the OpenIddict application deletes its tokens too, and the API looks every token up.
            var applications = Applications(m.Services);
            if (await applications.FindByClientIdAsync(client.ClientId) is { } application)
                await applications.DeleteAsync(application);
            client.RevokedAt = m.UtcNow;
        }
        m.Audit(client, client.ClientId);
        return client;
    }

    // Through the tenant-filtered context: another tenant's client is simply not found.
    private static async Task<ApiClient> FindLiveAsync<TInput>(MutationContext<TInput> m, string id)
    {
        var client = await m.FindAsync<ApiClient>(id, "ApiClient");
        return client.RevokedAt is null ? client : throw MutationException.Invalid("id", "This client is revoked.");
    }

    private static void CheckScopes(List<string> scopes)
    {
        if (scopes.Count == 0) throw MutationException.Invalid("scopes", "Grant at least one scope.");
        var unknown = scopes.Where(s => !ApiScopes.RoleOfScope.ContainsKey(s)).ToList();
        if (unknown.Count > 0) throw MutationException.Invalid("scopes", $"Unknown scope(s): {string.Join(", ", unknown)}.");
    }

    private static async Task UpdateApplicationAsync(IServiceProvider services, ApiClient client, Action<OpenIddictApplicationDescriptor> change)
    {
        var applications = Applications(services);
        var application = await applications.FindByClientIdAsync(client.ClientId)
            ?? throw new InvalidOperationException($"The OAuth application of client {client.ClientId} is missing.");
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application);
        change(descriptor);
        await applications.UpdateAsync(application, descriptor);
    }

    private static IOpenIddictApplicationManager Applications(IServiceProvider services) => services.GetRequiredService<IOpenIddictApplicationManager>();

    /// <summary>A client secret: 32 random bytes, base64url.</summary>
    internal static string NewSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
}
