using RevenueCycle.GraphQL.Filtering;

namespace RevenueCycle.Payers;

public static class PayerFilters
{
    public static readonly FilterDefinition<Payer> Where = new FilterDefinition<Payer>("Payer")
        .Id("Payer", p => p.Id)
        .Field("name", p => p.Name)
        .Field("ediPayerId", p => p.EdiPayerId)
        .Field("kind", p => p.Kind)
        .Field("isArchived", p => p.IsArchived);

    public static readonly SortDefinition<Payer> Order = new SortDefinition<Payer>("Payer")
        .Field("name", p => p.Name)
        .Field("ediPayerId", p => p.EdiPayerId);
}

public sealed class PayerFilterInputType() : FilterInputType<Payer>(PayerFilters.Where);

public sealed class PayerSortInputType() : SortInputType<Payer>(PayerFilters.Order);
