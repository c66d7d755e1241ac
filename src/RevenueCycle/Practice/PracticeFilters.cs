using RevenueCycle.GraphQL.Filtering;

namespace RevenueCycle.Practice;

public static class ProviderFilters
{
    public static readonly FilterDefinition<Provider> Where = new FilterDefinition<Provider>("Provider")
        .Id("Provider", p => p.Id)
        .Field("npi", p => p.Npi)
        .Field("firstName", p => p.FirstName)
        .Field("lastName", p => p.LastName)
        .Field("isArchived", p => p.IsArchived);

    public static readonly SortDefinition<Provider> Order = new SortDefinition<Provider>("Provider")
        .Field("lastName", p => p.LastName)
        .Field("firstName", p => p.FirstName)
        .Field("npi", p => p.Npi);
}

public static class FacilityFilters
{
    public static readonly FilterDefinition<Facility> Where = new FilterDefinition<Facility>("Facility")
        .Id("Facility", f => f.Id)
        .Field("name", f => f.Name)
        .Field("placeOfServiceCode", f => f.PlaceOfServiceCode)
        .Field("isArchived", f => f.IsArchived);

    public static readonly SortDefinition<Facility> Order = new SortDefinition<Facility>("Facility")
        .Field("name", f => f.Name);
}

public sealed class ProviderFilterInputType() : FilterInputType<Provider>(ProviderFilters.Where);

public sealed class ProviderSortInputType() : SortInputType<Provider>(ProviderFilters.Order);

public sealed class FacilityFilterInputType() : FilterInputType<Facility>(FacilityFilters.Where);

public sealed class FacilitySortInputType() : SortInputType<Facility>(FacilityFilters.Order);
