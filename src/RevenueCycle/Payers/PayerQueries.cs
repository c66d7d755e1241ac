using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.Payers;

public sealed class PayersConnectionType() : ConnectionType<PayerGraphType, Payer>("Payers");

public static class PayerQueries
{
    public static void Register(ObjectGraphType query) =>
        query.Connection<PayersConnectionType, Payer>("payers", c => c.Db().Payers, SortKey.Of<Payer, string>(p => p.Name));
}
