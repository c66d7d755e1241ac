using GraphQL;
using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;

namespace RevenueCycle.Claims;

public sealed class ClaimsConnectionType() : ConnectionType<ClaimType, Claim>("Claims");

public static class ClaimQueries
{
    /// <summary>Newest date of service first; the load harness's baseline endpoint pages the same way.</summary>
    public static readonly SortKey DefaultOrder = SortKey.Of<Claim, DateOnly>(c => c.ServiceDateFrom, descending: true);

    public static void Register(ObjectGraphType query) =>
        query.Connection<ClaimsConnectionType, Claim, ClaimFilterInputType, ClaimSortInputType>("claims",
                c => c.Db().Claims, ClaimFilters.Where, ClaimFilters.Order,
                DefaultOrder)
            .Description("Claims of your tenant; newest date of service first unless ordered.")
            .AuthorizeWithRoles(Roles.Billing);
}
