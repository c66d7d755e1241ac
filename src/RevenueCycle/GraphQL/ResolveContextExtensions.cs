using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Loading;
using RevenueCycle.Tenancy;

namespace RevenueCycle.GraphQL;

/// <summary>What resolvers need from the request: the tenant-filtered database and the request's batch loaders.</summary>
public static class ResolveContextExtensions
{
    public static RevenueCycleDb Db(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RevenueCycleDb>();

    public static TenantScope Tenant(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<TenantScope>();

    public static RequestLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestLoaders>();

    /// <summary>Batches look-ups of one entity type by key across the whole level of the query.</summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, Guid id) where T : Entity
    {
        var db = context.Db();
        return context.Loaders().One<Guid, T>(typeof(T).Name + ".ById", id, async (ids, ct) =>
        {
            var keys = ids.ToArray();
            return await db.Set<T>().AsNoTracking().Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        });
    }

    /// <summary>Batches the children of many parents (a page of claims' lines) into one query.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> LoadChildren<T, TOrder>(this IResolveFieldContext context, Guid parentId,
        Expression<Func<T, Guid>> parentKey, Expression<Func<T, TOrder>> order) where T : Entity
    {
        var db = context.Db();
        var name = typeof(T).Name + ".By." + ((MemberExpression)parentKey.Body).Member.Name;
        return context.Loaders().Many<Guid, T>(name, parentId, async (ids, ct) =>
        {
            var keys = ids.ToArray();
            var contains = Expression.Lambda<Func<T, bool>>(
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], Expression.Property(Expression.Constant(new KeySet(keys)), nameof(KeySet.Keys)), parentKey.Body),
                parentKey.Parameters);
            // The key breaks ties (ledger entries posted in the same second, findings of one rule), so children come
            // in the same order on every database and every run: keys are time-ordered, so ties read in creation order.
            var rows = await db.Set<T>().AsNoTracking().Where(contains).OrderBy(order).ThenBy(e => e.Id).ToListAsync(ct);
            var key = parentKey.Compile();
            return rows.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList());
        });
    }

    // Held in a closure object so EF sends the keys as a parameter instead of inlining them into the SQL text.
    private sealed record KeySet(Guid[] Keys);
}
