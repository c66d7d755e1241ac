using RevenueCycle.Data;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Auditing;

public static class AuditTrail
{
    /// <summary>
    /// Adds an audit event for the current actor (and client) to <paramref name="db"/>; it is written with the
    /// caller's next SaveChanges, so the change and its record commit together.
    /// </summary>
    public static void Record(this RevenueCycleDb db, TenantScope scope, TimeProvider clock, string action, string entityType, Guid? entityId, string? details = null) =>
        db.AuditEvents.Add(new AuditEvent
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = scope.Actor,
            ClientId = scope.ClientId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Details = details,
        });
}
