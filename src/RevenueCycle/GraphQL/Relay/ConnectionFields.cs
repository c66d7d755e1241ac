using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Filtering;

namespace RevenueCycle.GraphQL.Relay;

public static class ConnectionFields
{
    /// <summary>
    /// Adds a Relay connection field (first/after/last/before) whose rows come from <paramref name="source"/> —
    /// an IQueryable, so paging runs in SQL.
    /// </summary>
    public static FieldBuilder<object?, object> Connection<TConnectionType, T>(this IComplexGraphType parent, string name,
        Func<IResolveFieldContext, IQueryable<T>> source, params SortKey[] defaultOrder)
        where TConnectionType : IGraphType where T : Entity =>
        Paged<TConnectionType>(parent, name)
            .ResolveAsync(async c => await Paging.PageAsync(source(c), PageRequest.From(c), defaultOrder, c.CancellationToken));

    /// <summary>
    /// A connection with HotChocolate-style <c>where:</c> and <c>order:</c> arguments, both translated to SQL.
    /// Without <c>order</c> the default order applies; the entity key always ends the order.
    /// </summary>
    public static FieldBuilder<object?, object> Connection<TConnectionType, T, TFilterInput, TSortInput>(this IComplexGraphType parent, string name,
        Func<IResolveFieldContext, IQueryable<T>> source, FilterDefinition<T> filter, SortDefinition<T> sort, params SortKey[] defaultOrder)
        where TConnectionType : IGraphType where T : Entity where TFilterInput : FilterInputType<T> where TSortInput : SortInputType<T> =>
        KeyedConnection<TConnectionType, T, TFilterInput, TSortInput>(parent, name, source, filter, sort, Paging.IdKey<T>.Key, defaultOrder);

    /// <summary>
    /// A filtered, ordered connection whose every order ends with <paramref name="uniqueKey"/>, so that cursors are
    /// total: the entity key for entities, the user ID for Identity's users (rows without a Guid id).
    /// </summary>
    public static FieldBuilder<object?, object> KeyedConnection<TConnectionType, T, TFilterInput, TSortInput>(this IComplexGraphType parent, string name,
        Func<IResolveFieldContext, IQueryable<T>> source, FilterDefinition<T> filter, SortDefinition<T> sort, SortKey uniqueKey, params SortKey[] defaultOrder)
        where TConnectionType : IGraphType where T : class where TFilterInput : FilterInputType<T> where TSortInput : SortInputType<T> =>
        Paged<TConnectionType>(parent, name)
            .Argument<TFilterInput>("where")
            .Argument<ListGraphType<NonNullGraphType<TSortInput>>>("order")
            .ResolveAsync(async c =>
            {
                var query = FilterTranslator.Apply(source(c), filter, c.GetArgument<Dictionary<string, object?>?>("where"));
                var order = sort.ToKeys(c.GetArgument<List<object?>?>("order"));
                return await Paging.PageByKeysAsync(query, PageRequest.From(c), [.. (order.Count > 0 ? order : [.. defaultOrder]), uniqueKey], c.CancellationToken);
            });

    private static FieldBuilder<object?, object> Paged<TConnectionType>(IComplexGraphType parent, string name) where TConnectionType : IGraphType
    {
        var builder = FieldBuilder<object?, object>.Create(name, typeof(NonNullGraphType<TConnectionType>))
            .Argument<IntGraphType>("first", "Returns the first n items (at most 100).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .Argument<IntGraphType>("last", "Returns the last n items (at most 100).")
            .Argument<StringGraphType>("before", "Returns the items before this cursor.");
        parent.AddField(builder.FieldType);
        return builder;
    }
}
