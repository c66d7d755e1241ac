using GraphQL.Types;
using RevenueCycle.GraphQL.Scalars;

namespace RevenueCycle.GraphQL;

public sealed class RevenueCycleSchema : Schema
{
    public RevenueCycleSchema(IServiceProvider services, QueryType query) : base(services)
    {
        Description = "RevenueCycle: from the patient visit to collected money.";
        Query = query;
        RegisterTypeMapping(typeof(DateOnly), typeof(LocalDateGraphType));
        // Replaces the built-in Decimal (same name) so every decimal field is written the same on every database.
        RegisterType(new CanonicalDecimalGraphType());
    }
}
