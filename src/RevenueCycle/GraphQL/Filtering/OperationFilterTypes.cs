using GraphQL.Types;
using RevenueCycle.GraphQL.Scalars;

namespace RevenueCycle.GraphQL.Filtering;

/// <summary>The per-type operation inputs, named and shaped as HotChocolate's filtering conventions.</summary>
public static class OperationFilterTypes
{
    public static Type For(Type valueType)
    {
        var type = Nullable.GetUnderlyingType(valueType) ?? valueType;
        if (type.IsEnum) return typeof(EnumOperationFilterInputType<>).MakeGenericType(type);
        return type switch
        {
            _ when type == typeof(string) => typeof(StringOperationFilterInputType),
            _ when type == typeof(int) => typeof(IntOperationFilterInputType),
            _ when type == typeof(long) => typeof(LongOperationFilterInputType),
            _ when type == typeof(decimal) => typeof(DecimalOperationFilterInputType),
            _ when type == typeof(DateOnly) => typeof(LocalDateOperationFilterInputType),
            _ when type == typeof(DateTime) => typeof(DateTimeOperationFilterInputType),
            _ when type == typeof(bool) => typeof(BooleanOperationFilterInputType),
            _ => throw new NotSupportedException($"No filter operations for {type.Name}."),
        };
    }
}

/// <summary>and/or plus the operations every comparable type has.</summary>
public abstract class ComparableOperationFilterInputType<TScalar, TSelf> : InputObjectGraphType where TScalar : ScalarGraphType where TSelf : IGraphType
{
    protected ComparableOperationFilterInputType(string name)
    {
        Name = name;
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or");
        Field<TScalar>("eq");
        Field<TScalar>("neq");
        Field<ListGraphType<TScalar>>("in");
        Field<ListGraphType<TScalar>>("nin");
        foreach (var op in new[] { "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte" }) Field<TScalar>(op);
    }
}

public sealed class IntOperationFilterInputType() : ComparableOperationFilterInputType<IntGraphType, IntOperationFilterInputType>("IntOperationFilterInput");

public sealed class LongOperationFilterInputType() : ComparableOperationFilterInputType<LongGraphType, LongOperationFilterInputType>("LongOperationFilterInput");

public sealed class DecimalOperationFilterInputType() : ComparableOperationFilterInputType<DecimalGraphType, DecimalOperationFilterInputType>("DecimalOperationFilterInput");

public sealed class LocalDateOperationFilterInputType() : ComparableOperationFilterInputType<LocalDateGraphType, LocalDateOperationFilterInputType>("LocalDateOperationFilterInput");

public sealed class DateTimeOperationFilterInputType() : ComparableOperationFilterInputType<DateTimeGraphType, DateTimeOperationFilterInputType>("DateTimeOperationFilterInput");

public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("and");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("or");
        Field<StringGraphType>("eq");
        Field<StringGraphType>("neq");
        Field<StringGraphType>("contains");
        Field<StringGraphType>("ncontains");
        Field<ListGraphType<StringGraphType>>("in");
        Field<ListGraphType<StringGraphType>>("nin");
        Field<StringGraphType>("startsWith");
        Field<StringGraphType>("nstartsWith");
        Field<StringGraphType>("endsWith");
        Field<StringGraphType>("nendsWith");
    }
}

public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Field<BooleanGraphType>("eq");
        Field<BooleanGraphType>("neq");
    }
}

public sealed class IdOperationFilterInputType : InputObjectGraphType
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Field<IdGraphType>("eq");
        Field<IdGraphType>("neq");
        Field<ListGraphType<IdGraphType>>("in");
        Field<ListGraphType<IdGraphType>>("nin");
    }
}

public sealed class EnumOperationFilterInputType<TEnum> : InputObjectGraphType where TEnum : struct, Enum
{
    public EnumOperationFilterInputType()
    {
        Name = typeof(TEnum).Name + "OperationFilterInput";
        Field<EnumerationGraphType<TEnum>>("eq");
        Field<EnumerationGraphType<TEnum>>("neq");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("in");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("nin");
    }
}
