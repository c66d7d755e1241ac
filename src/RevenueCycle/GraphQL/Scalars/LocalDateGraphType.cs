using GraphQL.Types;

namespace RevenueCycle.GraphQL.Scalars;

/// <summary>A calendar date (service dates, birth dates) named as HotChocolate names it: LocalDate, "2025-03-14".</summary>
public sealed class LocalDateGraphType : DateOnlyGraphType
{
    public LocalDateGraphType() => Name = "LocalDate";
}
