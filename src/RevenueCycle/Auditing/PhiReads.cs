using System.Data.Common;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Data;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Auditing;

/// <summary>
/// The PHI records one GraphQL request has read, written as audit rows (<see cref="AuditEvent.IsPhiRead"/>)
/// once the request has run: one row per record, one insert per request, whatever the path to the record
/// (node, list, a claim's patient, a patient's coverages) and however many of its fields were asked for.
/// </summary>
public sealed class PhiReads
{
    public const string Action = "read";

    private readonly HashSet<(string Type, Guid Id)> _records = [];
    private readonly Lock _lock = new(); // queries and mutations run serially today; a parallel strategy must not corrupt the set

    public void Add(string type, Guid id)
    {
        lock (_lock) _records.Add((type, id));
    }

    /// <summary>
    /// Writes the records read so far through <see cref="PhiAuditWriter"/> (multi-row INSERTs, committed together
    /// with other requests' rows), outside any transaction of the request: a query has none, and a failed
    /// mutation's rollback must not take the record of what it read with it. Throws if the rows cannot be written,
    /// so PHI is not answered without its audit trail.
    /// </summary>
    public async Task FlushAsync(IServiceProvider requestServices, string? operationName)
    {
        List<(string Type, Guid Id)> records;
        lock (_lock)
        {
            if (_records.Count == 0) return;
            records = [.. _records];
            _records.Clear();
        }
        var caller = requestServices.GetRequiredService<TenantScope>();
        if (caller.TenantId is not { } tenantId) return; // no tenant, no PHI: the tenant filter let nothing through

        var at = requestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var rows = records.Select(r => new AuditEvent
        {
            TenantId = tenantId, At = at, Actor = caller.Actor, ClientId = caller.ClientId, Action = Action,
            EntityType = r.Type, EntityId = r.Id, IsPhiRead = true, Details = operationName,
        }).ToList();
        var writer = requestServices.GetRequiredService<PhiAuditWriter>();
        var fresh = writer.NotRecentlyWritten(rows);
        if (fresh.Count == 0) return;
        try
        {
            await writer.WriteAsync(fresh);
        }
        catch
        {
            writer.Forget(fresh);
            throw;
        }
    }

    // SQL Server takes at most 2,100 parameters per command; AuditEvent has 10 columns.
    internal const int RowsPerInsert = 200;

    // One multi-row INSERT (EF would send one command per row on SQLite). Columns, names and value conversions come
    // from the EF model, so the rows read back as if EF had written them.
    internal static async Task InsertAsync(RevenueCycleDb db, AuditEvent[] rows)
    {
        var entity = db.Model.FindEntityType(typeof(AuditEvent))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        var parameters = new List<DbParameter>();
        var values = new List<string>();
        foreach (var row in rows)
        {
            var names = new List<string>();
            foreach (var property in properties)
            {
                var name = "p" + parameters.Count;
                parameters.Add(((RelationalTypeMapping)property.GetTypeMapping())
                    .CreateParameter(factory, sql.GenerateParameterName(name), property.GetGetter().GetClrValue(row), property.IsNullable));
                names.Add(sql.GenerateParameterNamePlaceholder(name));
            }
            values.Add("(" + string.Join(", ", names) + ")");
        }
        var text = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES {string.Join(", ", values)}";
        await db.Database.ExecuteSqlRawAsync(text, parameters, CancellationToken.None);
    }
}

public static class PhiTypes
{
    private const string Key = "revenuecycle:phi";

    /// <summary>Marks an entity type as PHI: reading any of its fields but the id is audited (see <see cref="PhiReadAuditing"/>).</summary>
    public static void HoldsPhi<T>(this ObjectGraphType<T> type) where T : Entity => type.Metadata[Key] = true;

    public static bool IsPhi(this IGraphType type) => type.GetMetadata(Key, false);
}

/// <summary>
/// Wraps the resolvers of the fields of PHI types, at schema build time, so that resolving one records its
/// record in the request's <see cref="PhiReads"/>. Only those fields pay for it.
/// </summary>
public sealed class PhiReadAuditing : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (!type.IsPhi() || field.Name == "id") return;
        field.Resolver = new Recording(type.Name, field.Resolver ?? NameFieldResolver.Instance);
    }

    /// <summary>The resolver a PHI field had before its reads were recorded.</summary>
    public static IFieldResolver? Unwrap(IFieldResolver? resolver) => resolver is Recording recording ? recording.Inner : resolver;

    private sealed class Recording(string type, IFieldResolver inner) : IFieldResolver
    {
        public IFieldResolver Inner => inner;

        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            if (context.Source is Entity entity) GraphQL.ResolverServices.Of(context).PhiReads.Add(type, entity.Id);
            return inner.ResolveAsync(context);
        }
    }
}
