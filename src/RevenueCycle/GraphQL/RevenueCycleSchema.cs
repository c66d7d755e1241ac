using GraphQL.Types;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.GraphQL.Scalars;

namespace RevenueCycle.GraphQL;

public sealed class RevenueCycleSchema : Schema
{
    public RevenueCycleSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Description = "RevenueCycle: from the patient visit to collected money.";
        Query = query;
        Mutation = mutation;
        RegisterTypeMapping(typeof(DateOnly), typeof(LocalDateGraphType));
    }
}
