using GraphQL.Types;

namespace RevenueCycle.GraphQL.Filtering;

/// <summary><c>XFilterInput</c>: and/or plus one field per entry of the entity's <see cref="FilterDefinition{T}"/>.</summary>
public abstract class FilterInputType<T> : InputObjectGraphType
{
    protected FilterInputType(FilterDefinition<T> definition)
    {
        Definition = definition;
        Name = definition.TypeName + "FilterInput";
        Field("and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(Name))));
        Field("or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(Name))));
        foreach (var field in definition.Fields) AddField(new FieldType { Name = field.Name, Type = field.GraphType });
    }

    public FilterDefinition<T> Definition { get; }
}

/// <summary><c>ListFilterInputTypeOfXFilterInput</c>: all / none / some items match, or any exist.</summary>
public sealed class ListFilterInputType<TItemFilter> : InputObjectGraphType where TItemFilter : IInputObjectGraphType
{
    public ListFilterInputType()
    {
        var item = (IInputObjectGraphType)Activator.CreateInstance(typeof(TItemFilter))!;
        Name = "ListFilterInputTypeOf" + item.Name;
        Field<TItemFilter>("all");
        Field<TItemFilter>("none");
        Field<TItemFilter>("some");
        Field<BooleanGraphType>("any");
    }
}
