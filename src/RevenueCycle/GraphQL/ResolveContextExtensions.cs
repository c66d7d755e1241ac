using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Loading;
using RevenueCycle.Tenancy;

namespace RevenueCycle.GraphQL;

/// <summary>What resolvers need from the request: the tenant-filtered database and the request's batch loaders.</summary>
public static class ResolveContextExtensions
{
    public static RevenueCycleDb Db(this IResolveFieldContext context) => ResolverServices.Of(context).Db;

    public static TenantScope Tenant(this IResolveFieldContext context) => ResolverServices.Of(context).Tenant;

    public static RequestLoaders Loaders(this IResolveFieldContext context) => ResolverServices.Of(context).Loaders;

    /// <summary>Batches look-ups of one entity type by key across the whole level of the query.</summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, Guid id) where T : Entity
    {
        var services = ResolverServices.Of(context);
        var db = services.Db;
        var (name, select) = services.Loaders.Selection<T>(context, ById<T>.Name, db.Model, null);
        return services.Loaders.One<Guid, T>(name, id, async (ids, ct) =>
        {
            var keys = ids.ToArray();
            // One array parameter (json_each, = ANY, OPENJSON): the SQL text is the same for every page, so EF Core
            // reuses its command instead of generating SQL for each count of keys.
            var rows = db.Set<T>().AsNoTracking().Where(e => EF.Parameter(keys).Contains(e.Id));
            return await (select is null ? rows : rows.Select(select)).ToDictionaryAsync(e => e.Id, ct);
        });
    }

    private static class ById<T>
    {
        public static readonly string Name = typeof(T).Name + ".ById";
    }
}
