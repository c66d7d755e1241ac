using System.Linq.Expressions;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.GraphQL.Filtering;

/// <summary>
/// What a client may filter an entity on, declared once beside the entity's GraphQL type (e.g.
/// <c>Claims/ClaimFilters.cs</c>). It yields both the HotChocolate-shaped <c>XFilterInput</c> type and the
/// expression tree EF Core translates to SQL — nothing is ever filtered in memory.
/// </summary>
public sealed class FilterDefinition<T>(string typeName) : IFilterDefinition
{
    private readonly List<FilterField> _fields = [];

    public string TypeName { get; } = typeName;
    public Type EntityType => typeof(T);
    public IReadOnlyList<FilterField> Fields => _fields;

    /// <summary>A scalar column: string, number, date, boolean or enum, with the operations of its type.</summary>
    public FilterDefinition<T> Field<TValue>(string name, Expression<Func<T, TValue>> property)
    {
        _fields.Add(new ScalarFilterField(name, property, OperationFilterTypes.For(typeof(TValue))));
        return this;
    }

    /// <summary>The entity's global ID (eq/neq/in/nin with opaque IDs).</summary>
    public FilterDefinition<T> Id(string nodeTypeName, Expression<Func<T, Guid>> key, string name = "id")
    {
        _fields.Add(new IdFilterField(name, key, nodeTypeName));
        return this;
    }

    /// <summary>A related object (a navigation), filtered with its own definition.</summary>
    public FilterDefinition<T> Object<TOther, TInputType>(string name, Expression<Func<T, TOther?>> navigation, Func<FilterDefinition<TOther>> definition)
        where TInputType : FilterInputType<TOther>
    {
        _fields.Add(new ObjectFilterField(name, navigation, definition, typeof(TInputType)));
        return this;
    }

    /// <summary>A collection (lines, diagnoses), filtered with all/none/some/any.</summary>
    public FilterDefinition<T> List<TItem, TInputType>(string name, Expression<Func<T, IEnumerable<TItem>>> collection, Func<FilterDefinition<TItem>> definition)
        where TInputType : FilterInputType<TItem>
    {
        _fields.Add(new ListFilterField(name, collection, definition, typeof(ListFilterInputType<TInputType>)));
        return this;
    }
}

public interface IFilterDefinition
{
    string TypeName { get; }
    Type EntityType { get; }
    IReadOnlyList<FilterField> Fields { get; }
}

public abstract record FilterField(string Name, Type GraphType);

public sealed record ScalarFilterField(string Name, LambdaExpression Property, Type OperationType) : FilterField(Name, OperationType);

public sealed record IdFilterField(string Name, LambdaExpression Key, string NodeTypeName) : FilterField(Name, typeof(IdOperationFilterInputType));

public sealed record ObjectFilterField(string Name, LambdaExpression Navigation, Func<IFilterDefinition> Definition, Type InputType) : FilterField(Name, InputType);

public sealed record ListFilterField(string Name, LambdaExpression Collection, Func<IFilterDefinition> Item, Type InputType) : FilterField(Name, InputType);
