using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Data;

namespace RevenueCycle.GraphQL.Loading;

/// <summary>Resolvers for lists of child rows, batched across all the parents of one level of the query.</summary>
public static class Load
{
    /// <summary>
    /// A resolver for a parent's children (a claim's lines) that loads the children of every parent on the level in
    /// one query, in <paramref name="order"/> then by key. Built once, with the schema: the query's pieces and the
    /// compiled parent key are made here, not per field or per batch (building them per call was a fifth of a claim
    /// page's lines, docs/performance.md, fix 10).
    /// </summary>
    public static Func<IResolveFieldContext<TParent>, object?> Children<TParent, T, TOrder>(
        Expression<Func<T, Guid>> parentKey, Expression<Func<T, TOrder>> order) where TParent : Entity where T : Entity
    {
        // Two fields share a batch only when they load the same rows in the same order.
        var name = typeof(T).Name + ".By." + parentKey.Body + ".OrderBy." + order.Body;
        var parentOf = parentKey.Compile();
        var orderOf = order.Compile();
        var comparer = typeof(TOrder) == typeof(string) ? (IComparer<TOrder>)StringComparer.Ordinal : Comparer<TOrder>.Default;
        // The rows are sorted here, not in SQL, so they need the parent key and the sort member whatever the query selects;
        // without plain members for those the rows could not be grouped or sorted after a projection: whole rows then.
        string[]? alsoRead = Projection.MemberOf(parentKey) is { } parentMember && Projection.MemberOf(order) is { } orderMember
            ? [parentMember, orderMember]
            : null;
        // Made once here with the rest: a resolver passes its request's DbContext and projection instead of capturing them.
        Func<(RevenueCycleDb Db, Expression<Func<T, T>>? Select), IReadOnlyCollection<Guid>, CancellationToken, Task<IReadOnlyDictionary<Guid, IReadOnlyList<T>>>> fetch =
            async (state, ids, ct) =>
            {
                var rows = await RowsAsync(state.Db, parentKey, state.Select, ids, ct);
                // Sorted in memory: SQLite sorted a page's claim lines in a temporary B-tree, half of the load's time in SQLite
                // (docs/performance.md, fix 17), and the same comparison on every database gives the same order on all of
                // them (SQL Server orders uniqueidentifiers and strings its own way). The key breaks ties (ledger entries
                // posted in the same second, findings of one rule): keys are time-ordered, so ties read in creation order.
                rows.Sort((a, b) => comparer.Compare(orderOf(a), orderOf(b)) is var byOrder and not 0 ? byOrder : a.Id.CompareTo(b.Id));
                // Grouped in one pass into a dictionary sized for the parents (GroupBy built groupings, then copied them).
                var byParent = new Dictionary<Guid, IReadOnlyList<T>>(ids.Count);
                foreach (var row in rows)
                {
                    var parent = parentOf(row);
                    if (byParent.TryGetValue(parent, out var children)) ((List<T>)children).Add(row);
                    else byParent[parent] = new List<T> { row };
                }
                return byParent;
            };
        return context =>
        {
            var services = ResolverServices.Of(context);
            var db = services.Db;
            var (batch, select) = alsoRead is null ? (name, null) : services.Loaders.Selection<T>(context, name, db.Model, alsoRead);
            return services.Loaders.Many(batch, context.Source.Id, (db, select), fetch);
        };
    }

    /// <summary>
    /// The rows of <typeparamref name="T"/> whose <paramref name="key"/> is one of <paramref name="keys"/>, read through
    /// <paramref name="select"/> (whole rows when null), untracked: the query of every batched load, children by parent
    /// and rows by id alike.
    /// </summary>
    internal static Task<List<T>> RowsAsync<T>(RevenueCycleDb db, Expression<Func<T, Guid>> key, Expression<Func<T, T>>? select,
        IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken) where T : Entity =>
        db.Set<T>().AsNoTracking().Where(KeyIn(key, [.. keys])).Projected(select).ToListAsync(cancellationToken);

    /// <summary>
    /// e => EF.Parameter(keys).Contains(key(e)), the filter of every batched load (children by parent, rows by id). The
    /// keys sit in a closure object, as a captured variable would, and EF.Parameter makes them one array parameter
    /// (json_each, = ANY, OPENJSON): the SQL text is the same for every page, so EF Core reuses its command instead of
    /// generating SQL for each count of keys.
    /// </summary>
    private static Expression<Func<T, bool>> KeyIn<T>(Expression<Func<T, Guid>> key, Guid[] keys) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(Contains, Expression.Call(Parameter, Expression.Property(Expression.Constant(new KeySet(keys)), KeysProperty)), key.Body),
            key.Parameters);

    // Looked up once: finding a generic method by name scans the type's methods on every call.
    private static readonly MethodInfo Contains = ((Func<IEnumerable<Guid>, Guid, bool>)Enumerable.Contains).Method;
    private static readonly MethodInfo Parameter = ((Func<Guid[], Guid[]>)EF.Parameter).Method;
    private static readonly PropertyInfo KeysProperty = typeof(KeySet).GetProperty(nameof(KeySet.Keys))!;

    private sealed record KeySet(Guid[] Keys);
}
