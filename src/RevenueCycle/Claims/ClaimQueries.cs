using GraphQL;
using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;

namespace RevenueCycle.Claims;

public sealed class ClaimsConnectionType() : ConnectionType<ClaimType, Claim>("Claims");

public static class ClaimQueries
{
    public static void Register(ObjectGraphType query) =>
        query.Connection<ClaimsConnectionType, Claim>("claims", c => c.Db().Claims,
                SortKey.Of<Claim, DateOnly>(c => c.ServiceDateFrom, descending: true))
            .AuthorizeWithRoles(Roles.Billing);
}
