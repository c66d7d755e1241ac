using GraphQL;
using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.GraphQL.Subscriptions;
using RevenueCycle.Identity;

namespace RevenueCycle.Claims;

public static class ClaimSubscriptions
{
    public static void Register(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<ClaimStatusChangedType>>("claimStatusChanged")
            .Description("Claim status changes of your tenant as they commit; optionally one claim, and only to some statuses.")
            .Argument<IdGraphType>("claimId", "Only this claim.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<ClaimStatus>>>>("statuses", "Only changes to one of these statuses.")
            .AuthorizeWithRoles(Roles.Billing)
            .ResolveStream(c =>
            {
                var claimId = c.IdArgument("claimId", "Claim");
                var statuses = c.GetArgument<List<ClaimStatus>?>("statuses");
                return c.Events<ClaimStatusChanged>(e => (claimId is null || e.ClaimId == claimId) && (statuses is null || statuses.Contains(e.Status)));
            });
}

public sealed class ClaimStatusChangedType : ObjectGraphType<ClaimStatusChanged>
{
    public ClaimStatusChangedType()
    {
        Name = "ClaimStatusChanged";
        Description = "A claim moved from one status to another.";
        Field<NonNullGraphType<IdGraphType>>("claimId").Resolve(c => GlobalId.Encode("Claim", c.Source.ClaimId));
        Field<ClaimType>("claim").Description("The claim as it is now.").ResolveAsync(async c => await c.LoadForEvent<Claim>(c.Source.ClaimId));
        Field(e => e.PreviousStatus, nullable: true).Description("Null for a new claim.");
        Field(e => e.Status);
        Field(e => e.Actor).Description("Who made the change: user name, or client id for integrations.");
        Field(e => e.At);
        Field(e => e.Reason, nullable: true);
    }
}
