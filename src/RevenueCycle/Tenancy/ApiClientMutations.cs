using System.Security.Cryptography;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using RevenueCycle.Auditing;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.GraphQL.Relay;
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
    private static readonly (string, Type) Secret = ("clientSecret", typeof(StringGraphType));

    public static void Register(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateApiClientInput>("createApiClient", "apiClient", typeof(ApiClientType), [typeof(ValidationErrorType)], CreateAsync, Secret)
            .Description("Registers an integration (client credentials); the payload's clientSecret is shown this once.").AuthorizeWithRoles(Roles.TenantAdmin);
        mutation.Mutation<ApiClientIdInput>("rotateApiClientSecret", "apiClient", typeof(ApiClientType), [typeof(NotFoundErrorType), typeof(ValidationErrorType)], RotateAsync, Secret)
            .Description("Replaces the client's secret; the old one stops working now, issued tokens run out.").AuthorizeWithRoles(Roles.TenantAdmin);
        mutation.Mutation<SetApiClientScopesInput>("setApiClientScopes", "apiClient", typeof(ApiClientType), [typeof(NotFoundErrorType), typeof(ValidationErrorType)], SetScopesAsync)
            .Description("Sets the scopes the client may ask for (from its next token).").AuthorizeWithRoles(Roles.TenantAdmin);
        mutation.Mutation<ApiClientIdInput>("revokeApiClient", "apiClient", typeof(ApiClientType), [typeof(NotFoundErrorType)], RevokeAsync)
            .Description("Revokes the client: no more tokens, and its tokens stop working at once.").AuthorizeWithRoles(Roles.TenantAdmin);
    }

    private static async Task<Payload> CreateAsync(IResolveFieldContext context, CreateApiClientInput input)
    {
        if (string.IsNullOrWhiteSpace(input.DisplayName)) return Payload.Fail(new ValidationError("Name the integration.", "displayName"));
        if (ScopeError(input.Scopes) is { } invalid) return Payload.Fail(invalid);
        var db = context.Db();
        var tenant = await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == context.Tenant().RequireTenant(), context.CancellationToken);
        var client = new ApiClient
        {
            ClientId = $"{tenant.Slug}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}",
            DisplayName = input.DisplayName.Trim(),
            Scopes = string.Join(' ', input.Scopes.Distinct()),
        };
        var secret = NewSecret();
        await Applications(context).CreateAsync(IntegrationClients.Descriptor(client.ClientId, client.DisplayName, secret, client.ScopeList), context.CancellationToken);
        db.ApiClients.Add(client);
        await SaveAndAuditAsync(context, "ApiClientCreated", client, "scopes: " + client.Scopes);
        return new Payload(client, Extra: new Dictionary<string, object?> { ["clientSecret"] = secret });
    }

    private static async Task<Payload> RotateAsync(IResolveFieldContext context, ApiClientIdInput input)
    {
        if (await FindAsync(context, input.Id) is not { } client) return NotFound(input.Id);
        if (client.RevokedAt is not null) return Payload.Fail(new ValidationError("This client is revoked.", "id"));
        var secret = NewSecret();
        await UpdateApplicationAsync(context, client, d => d.ClientSecret = secret);
        client.SecretRotatedAt = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await SaveAndAuditAsync(context, "ApiClientSecretRotated", client, null);
        return new Payload(client, Extra: new Dictionary<string, object?> { ["clientSecret"] = secret });
    }

    private static async Task<Payload> SetScopesAsync(IResolveFieldContext context, SetApiClientScopesInput input)
    {
        if (await FindAsync(context, input.Id) is not { } client) return NotFound(input.Id);
        if (client.RevokedAt is not null) return Payload.Fail(new ValidationError("This client is revoked.", "id"));
        if (ScopeError(input.Scopes) is { } invalid) return Payload.Fail(invalid);
        client.Scopes = string.Join(' ', input.Scopes.Distinct());
        await UpdateApplicationAsync(context, client, d => IntegrationClients.SetScopes(d, client.ScopeList));
        await SaveAndAuditAsync(context, "ApiClientScopesSet", client, "scopes: " + client.Scopes);
        return new Payload(client);
    }

    private static async Task<Payload> RevokeAsync(IResolveFieldContext context, ApiClientIdInput input)
    {
        if (await FindAsync(context, input.Id) is not { } client) return NotFound(input.Id);
        if (client.RevokedAt is null)
        {
            // Deleting the OpenIddict application deletes its tokens too, and the API looks every token up.
            var applications = Applications(context);
            if (await applications.FindByClientIdAsync(client.ClientId, context.CancellationToken) is { } application)
                await applications.DeleteAsync(application, context.CancellationToken);
            client.RevokedAt = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            await SaveAndAuditAsync(context, "ApiClientRevoked", client, null);
        }
        return new Payload(client);
    }

    private static ValidationError? ScopeError(List<string> scopes)
    {
        if (scopes.Count == 0) return new ValidationError("Grant at least one scope.", "scopes");
        var unknown = scopes.Where(s => !ApiScopes.RoleOfScope.ContainsKey(s)).ToList();
        return unknown.Count > 0 ? new ValidationError($"Unknown scope(s): {string.Join(", ", unknown)}.", "scopes") : null;
    }

    private static async Task UpdateApplicationAsync(IResolveFieldContext context, ApiClient client, Action<OpenIddictApplicationDescriptor> change)
    {
        var applications = Applications(context);
        var application = await applications.FindByClientIdAsync(client.ClientId, context.CancellationToken)
            ?? throw new InvalidOperationException($"The OAuth application of client {client.ClientId} is missing.");
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, context.CancellationToken);
        change(descriptor);
        await applications.UpdateAsync(application, descriptor, context.CancellationToken);
    }

    // Through the tenant-filtered context: another tenant's client is simply not found.
    private static async Task<ApiClient?> FindAsync(IResolveFieldContext context, string globalId) =>
        GlobalId.TryDecode(globalId, "ApiClient") is { } id
            ? await context.Db().ApiClients.FirstOrDefaultAsync(c => c.Id == id, context.CancellationToken)
            : null;

    private static async Task SaveAndAuditAsync(IResolveFieldContext context, string action, ApiClient client, string? details)
    {
        var db = context.Db();
        db.Record(context.Tenant(), context.RequestServices!.GetRequiredService<TimeProvider>(), action, "ApiClient", client.Id,
            client.ClientId + (details is null ? "" : "; " + details));
        await db.SaveChangesAsync(context.CancellationToken);
    }

    private static IOpenIddictApplicationManager Applications(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IOpenIddictApplicationManager>();

    private static string NewSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private static Payload NotFound(string id) => Payload.Fail(new NotFoundError("No API client with this ID in your tenant.", id));
}
