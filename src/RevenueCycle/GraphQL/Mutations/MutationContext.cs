using Microsoft.EntityFrameworkCore;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.GraphQL.Mutations;

/// <summary>What one mutation's body works with: its input, the tenant-filtered database, the actor and the time.</summary>
public sealed class MutationContext<TInput>(TInput input, RevenueCycleDb db, string actor, DateTimeOffset now, IServiceProvider services)
{
    public TInput Input { get; } = input;
    public RevenueCycleDb Db { get; } = db;
    public string Actor { get; } = actor;
    public DateTimeOffset Now { get; } = now;
    public DateTime UtcNow => Now.UtcDateTime;
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);
    public IServiceProvider Services { get; } = services;

    /// <summary>Set by bodies whose result is not an entity (a user) or that have more to say in the audit row.</summary>
    public (string EntityType, Guid? EntityId, string? Details)? AuditSubject { get; private set; }

    /// <summary>Values of the payload fields beyond the record (see <see cref="MutationFields.PayloadField"/>).</summary>
    public Dictionary<string, object?> Extra { get; } = [];

    public void Audit(string entityType, Guid? entityId, string? details) => AuditSubject = (entityType, entityId, details);

    public void Audit(Entity entity, string? details) => Audit(entity.GetType().Name, entity.Id, details);

    /// <summary>Run by the runner once the transaction has committed (not after a refusal), e.g. to wake a worker for a row it must see.</summary>
    public List<Action> AfterCommit { get; } = [];

    /// <summary>Loads the record a global ID names, or stops the mutation with a NotFoundError.</summary>
    public async Task<T> FindAsync<T>(string? id, string typeName, Func<IQueryable<T>, IQueryable<T>>? include = null) where T : Entity
    {
        var key = GlobalId.TryDecode(id, typeName) ?? throw MutationException.NotFound(id ?? "", typeName);
        var query = include is null ? Db.Set<T>() : include(Db.Set<T>());
        return await query.FirstOrDefaultAsync(e => e.Id == key) ?? throw MutationException.NotFound(id!, typeName);
    }

    /// <summary>Loads the record a global ID names and refuses it when the caller saw an older version (optimistic concurrency).</summary>
    public async Task<T> FindAsync<T>(string? id, string typeName, long? version) where T : MutableEntity
    {
        var entity = await FindAsync<T>(id, typeName);
        CheckVersion(entity, version);
        return entity;
    }

    private static void CheckVersion(MutableEntity entity, long? expected)
    {
        if (expected is { } v && v != entity.Version)
            throw new MutationException(new ConcurrencyConflictError(
                $"{entity.GetType().Name} was changed by someone else (you have version {v}, it is now {entity.Version}). Reload it and try again.",
                v, entity.Version));
    }
}
