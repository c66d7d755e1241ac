namespace RevenueCycle.Data;

/// <summary>Every row has a time-ordered key (UUIDv7), so keys sort by creation and make stable cursors.</summary>
public abstract class Entity
{
    private Guid _id;

    /// <summary>
    /// A new entity gets its key the first time anything reads it (EF reads it through this property when the row is
    /// added); a row read from the database gets its stored key and never generates one. Generating a UUIDv7 for every
    /// materialised row only to overwrite it was a tenth of a claim page's time (docs/performance.md, fix 10).
    /// Not synchronised: a new entity belongs to one request until it is saved, so its first read is on one thread.
    /// </summary>
    public Guid Id
    {
        get => _id == Guid.Empty ? _id = Guid.CreateVersion7() : _id;
        init => _id = value;
    }
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
