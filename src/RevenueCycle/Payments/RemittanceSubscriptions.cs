using GraphQL;
using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.GraphQL.Subscriptions;
using RevenueCycle.Identity;

namespace RevenueCycle.Payments;

public static class RemittanceSubscriptions
{
    public static void Register(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<RemittancePostedType>>("remittancePosted")
            .Description("Remittances (ERA/EOB) posted in your tenant, as they commit.")
            .AuthorizeWithRoles(Roles.Billing)
            .ResolveStream(c => c.Events<RemittancePosted>(_ => true));
}

public sealed class RemittancePostedType : ObjectGraphType<RemittancePosted>
{
    public RemittancePostedType()
    {
        Name = "RemittancePosted";
        Description = "An ERA/EOB was posted to its claims.";
        Field<NonNullGraphType<IdGraphType>>("remittanceId").Resolve(c => GlobalId.Encode("Remittance", c.Source.RemittanceId));
        Field<RemittanceType>("remittance").ResolveAsync(async c => await c.LoadForEvent<Remittance>(c.Source.RemittanceId));
        Field(e => e.TraceNumber);
        Field(e => e.PayerName);
        Field(e => e.Amount);
        Field(e => e.ClaimCount);
        Field(e => e.Actor);
        Field(e => e.At);
    }
}
