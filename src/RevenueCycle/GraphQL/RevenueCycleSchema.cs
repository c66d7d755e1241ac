using GraphQL.Types;
using RevenueCycle.Auditing;
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
        // Mutation inputs are plain records named *Input; nested ones (AddressInput, lines) need a mapping to be found.
        foreach (var input in typeof(RevenueCycleSchema).Assembly.GetTypes()
                     .Where(t => t.Name.EndsWith("Input", StringComparison.Ordinal) && t.IsClass && !t.IsAbstract && !typeof(IGraphType).IsAssignableFrom(t)))
            RegisterTypeMapping(input, typeof(AutoRegisteringInputObjectGraphType<>).MakeGenericType(input));
        // Replaces the built-in Decimal (same name) so every decimal field is written the same on every database.
        RegisterType(new CanonicalDecimalGraphType());
        RegisterVisitor(new PhiReadAuditing());
    }
}
