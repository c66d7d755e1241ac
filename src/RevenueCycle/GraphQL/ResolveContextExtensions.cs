using System.Linq.Expressions;
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
        return services.Loaders.One(name, id, (db, select), ById<T>.Fetch);
    }

    private static class ById<T> where T : Entity
    {
        public static readonly string Name = typeof(T).Name + ".ById";
        public static readonly Expression<Func<T, Guid>> Key = e => e.Id;

        public static readonly Func<(RevenueCycleDb Db, Expression<Func<T, T>>? Select), IReadOnlyCollection<Guid>, CancellationToken, Task<IReadOnlyDictionary<Guid, T>>> Fetch =
            async (state, ids, ct) =>
            {
                var rows = await Load.RowsAsync(state.Db, Key, state.Select, ids, ct);
                var byId = new Dictionary<Guid, T>(rows.Count); // sized once; EF's ToDictionaryAsync grows it row by row
                foreach (var row in rows) byId[row.Id] = row;
                return byId;
            };
    }
}
