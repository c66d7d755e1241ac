using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using RevenueCycle.Data;

namespace RevenueCycle.GraphQL.Relay;

public static class ConnectionFields
{
    /// <summary>
    /// Adds a Relay connection field (first/after/last/before) whose rows come from <paramref name="source"/> —
    /// an IQueryable, so paging runs in SQL.
    /// </summary>
    public static FieldBuilder<object?, object> Connection<TConnectionType, T>(this ObjectGraphType parent, string name,
        Func<IResolveFieldContext, IQueryable<T>> source, params SortKey[] defaultOrder)
        where TConnectionType : IGraphType where T : Entity =>
        parent.Field<NonNullGraphType<TConnectionType>>(name)
            .Argument<IntGraphType>("first", "Returns the first n items (at most 100).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .Argument<IntGraphType>("last", "Returns the last n items (at most 100).")
            .Argument<StringGraphType>("before", "Returns the items before this cursor.")
            .ResolveAsync(async c => await Paging.PageAsync(source(c), PageRequest.From(c), defaultOrder, c.CancellationToken));
}
