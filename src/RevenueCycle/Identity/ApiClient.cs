using RevenueCycle.Data;

namespace RevenueCycle.Identity;

/// <summary>
/// A partner integration's OAuth client, as its tenant sees it. The OAuth side (secret hash, permissions) is
/// OpenIddict's application with the same <see cref="ClientId"/>; this row says which tenant the client acts
/// in, and is tenant-filtered like all tenant data, so admins list and manage only their own clients.
/// </summary>
public sealed class ApiClient : MutableEntity
{
    public required string ClientId { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>Granted API scopes, space-separated (see <see cref="ApiScopes"/>).</summary>
    public string Scopes { get; set; } = "";

    public DateTime? SecretRotatedAt { get; set; }

    /// <summary>Set when revoked: the OpenIddict application is deleted with its tokens; this row stays for the audit trail.</summary>
    public DateTime? RevokedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
