using System.Linq.Expressions;
using GraphQL.Types;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.GraphQL.Filtering;

/// <summary>
/// The columns a connection can be ordered by (<c>order: [{ serviceDateFrom: DESC }]</c>). Only non-null
/// columns: the cursor of keyset paging compares sort values, and NULL does not compare.
/// </summary>
public sealed class SortDefinition<T>(string typeName)
{
    private readonly List<(string Name, LambdaExpression Key)> _fields = [];

    public string TypeName { get; } = typeName;
    public IReadOnlyList<(string Name, LambdaExpression Key)> Fields => _fields;

    public SortDefinition<T> Field<TValue>(string name, Expression<Func<T, TValue>> key) where TValue : notnull
    {
        if (Nullable.GetUnderlyingType(typeof(TValue)) is not null)
            throw new ArgumentException($"Sorting on nullable '{name}' is not supported.", nameof(key));
        _fields.Add((name, key));
        return this;
    }

    /// <summary>Turns the parsed <c>order:</c> list into sort keys, in the order the client gave them.</summary>
    public List<SortKey> ToKeys(IEnumerable<object?>? order)
    {
        var keys = new List<SortKey>();
        foreach (var item in order ?? [])
        {
            if (item is not IDictionary<string, object?> entry) continue;
            foreach (var (name, direction) in entry)
            {
                var field = _fields.First(f => f.Name == name);
                keys.Add(new SortKey(field.Key, direction is SortDirection.Desc));
            }
        }
        return keys;
    }
}

public enum SortDirection { Asc, Desc }

/// <summary><c>enum SortEnumType { ASC DESC }</c> as HotChocolate names it.</summary>
public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType() => Name = "SortEnumType";
}

/// <summary><c>XSortInput</c>: one optional direction per sortable field.</summary>
public abstract class SortInputType<T> : InputObjectGraphType
{
    protected SortInputType(SortDefinition<T> definition)
    {
        Name = definition.TypeName + "SortInput";
        foreach (var (name, _) in definition.Fields) Field<SortEnumType>(name);
    }
}
