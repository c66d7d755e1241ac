namespace RevenueCycle.Identity;

/// <summary>The caller as the API sees them: who, in which tenant, with which roles, through which client.</summary>
public sealed record Me(string Actor, Guid TenantId, IReadOnlyList<string> Roles, string? ClientId);
