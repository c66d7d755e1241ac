using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.Payers;

public sealed class PayersConnectionType() : ConnectionType<PayerGraphType, Payer>("Payers");

public static class PayerQueries
{
    public static void Register(ObjectGraphType query) =>
        query.Connection<PayersConnectionType, Payer, PayerFilterInputType, PayerSortInputType>("payers",
            c => c.Db().Payers, PayerFilters.Where, PayerFilters.Order, SortKey.Of<Payer, string>(p => p.Name));
}
