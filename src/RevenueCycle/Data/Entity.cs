namespace RevenueCycle.Data;

/// <summary>Every row has a time-ordered key (UUIDv7), so keys sort by creation and make stable cursors.</summary>
public abstract class Entity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
}

/// <summary>
/// A row that belongs to one tenant. The tenant is stamped on insert and every query is filtered by it
/// (see <see cref="RevenueCycleDb"/>), so a forgotten check in a resolver cannot leak another tenant's data.
/// </summary>
public abstract class TenantEntity : Entity
{
    public Guid TenantId { get; set; }
}

/// <summary>A tenant row that can change: it carries an optimistic-concurrency version bumped on every save.</summary>
public abstract class MutableEntity : TenantEntity
{
    public long Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
