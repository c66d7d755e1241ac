namespace RevenueCycle.Tenancy;

/// <summary>
/// The tenant and actor of the current request (or job). Set once from the caller's identity; the
/// database context reads it to filter every query and to stamp every insert.
/// </summary>
public sealed class TenantScope
{
    public Guid? TenantId { get; private set; }
    public string Actor { get; private set; } = "anonymous";
    public string? ClientId { get; private set; }

    public void Enter(Guid tenantId, string actor, string? clientId = null)
    {
        if (TenantId is { } current && current != tenantId)
            throw new InvalidOperationException("A request cannot switch tenants.");
        TenantId = tenantId;
        Actor = actor;
        ClientId = clientId;
    }

    public Guid RequireTenant() =>
        TenantId ?? throw new InvalidOperationException("No tenant in scope: tenant data cannot be read or written.");
}
