using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.Practice;

public sealed class ProvidersConnectionType() : ConnectionType<ProviderType, Provider>("Providers");

public sealed class FacilitiesConnectionType() : ConnectionType<FacilityType, Facility>("Facilities");

public static class PracticeQueries
{
    public static void Register(ObjectGraphType query)
    {
        query.Connection<ProvidersConnectionType, Provider, ProviderFilterInputType, ProviderSortInputType>("providers",
            c => c.Db().Providers, ProviderFilters.Where, ProviderFilters.Order,
            SortKey.Of<Provider, string>(p => p.LastName), SortKey.Of<Provider, string>(p => p.FirstName));
        query.Connection<FacilitiesConnectionType, Facility, FacilityFilterInputType, FacilitySortInputType>("facilities",
            c => c.Db().Facilities, FacilityFilters.Where, FacilityFilters.Order, SortKey.Of<Facility, string>(f => f.Name));
    }
}
