using GraphQL;
using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;

namespace RevenueCycle.Encounters;

public sealed class EncountersConnectionType() : ConnectionType<EncounterType, Encounter>("Encounters");

public static class EncounterQueries
{
    public static void Register(ObjectGraphType query) =>
        query.Connection<EncountersConnectionType, Encounter, EncounterFilterInputType, EncounterSortInputType>("encounters",
                c => c.Db().Encounters, EncounterFilters.Where, EncounterFilters.Order,
                SortKey.Of<Encounter, DateOnly>(e => e.ServiceDateFrom, descending: true))
            .Description("Visits; the coding work queue is encounters with status DOCUMENTED or ON_HOLD.")
            .AuthorizeWithRoles(Roles.Phi);
}
