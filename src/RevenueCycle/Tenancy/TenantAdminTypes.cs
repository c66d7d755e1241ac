using GraphQL.Types;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;

namespace RevenueCycle.Tenancy;

/// <summary>A tenant's user as admins see them. Users are Identity rows keyed by string, so not a Relay node.</summary>
public sealed class UserType : ObjectGraphType<User>
{
    public UserType()
    {
        Name = "User";
        Description = "A person who signs in to the tenant.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => UserIds.Encode(c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("email").Resolve(c => c.Source.Email ?? "");
        Field(u => u.DisplayName, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserRoleType>>>>("roles").Resolve(c => c.LoadRoles(c.Source.Id));
        Field<NonNullGraphType<BooleanGraphType>>("isActive").Resolve(c => c.Source.IsActive);
        Field(u => u.CreatedAt);
        Field(u => u.LastSignInAt, nullable: true).Description("The last successful sign-in, if any.");
        Field(u => u.DeactivatedAt, nullable: true);
    }
}

/// <summary>User IDs are opaque global IDs like every other ID ("User:" + the Identity key).</summary>
public static class UserIds
{
    public static string Encode(string id) => Guid.TryParse(id, out var guid) ? GlobalId.Encode("User", guid) : id;

    public static string? Decode(string? globalId) =>
        GlobalId.TryDecode(globalId, out var type, out var id) && type == "User" ? id.ToString() : null;
}

public sealed class UserRoleType : EnumerationGraphType
{
    public UserRoleType()
    {
        Name = "UserRole";
        Description = "A role within the tenant; it decides which fields and mutations the user may use.";
        foreach (var role in Identity.Roles.All) Add(role, role);
    }
}

public sealed class ApiClientType : NodeType<ApiClient>
{
    public ApiClientType() : base("ApiClient", "A partner integration's OAuth client (client credentials) in this tenant.")
    {
        Field(c => c.ClientId).Description("The client_id for the token endpoint.");
        Field(c => c.DisplayName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Resolve(c => c.Source.ScopeList);
        Field(c => c.CreatedAt);
        Field(c => c.SecretRotatedAt, nullable: true);
        Field(c => c.RevokedAt, nullable: true).Description("Set once revoked: the client gets no tokens and its tokens stop working.");
        Field(c => c.Version);
    }
}

public sealed class ApiClientsConnectionType() : ConnectionType<ApiClientType, ApiClient>("ApiClients");
