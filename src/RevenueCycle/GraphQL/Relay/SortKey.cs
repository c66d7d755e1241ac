using System.Linq.Expressions;

namespace RevenueCycle.GraphQL.Relay;

/// <summary>One column of a connection's order; the entity key is always appended last so the order is total.</summary>
public sealed record SortKey(LambdaExpression Key, bool Descending)
{
    public Type Type => Key.ReturnType;

    public static SortKey Of<T, TKey>(Expression<Func<T, TKey>> key, bool descending = false) => new(key, descending);
}
