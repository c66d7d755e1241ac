using RevenueCycle.Data;

namespace RevenueCycle.Auditing;

/// <summary>Who did what to which record, when, through which client. Append-only; PHI reads included.</summary>
public sealed class AuditEvent : TenantEntity
{
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public string? ClientId { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public Guid? EntityId { get; set; }
    public bool IsPhiRead { get; set; }
    public string? Details { get; set; }
}
