using GraphQL;
using GraphQL.Types;
using RevenueCycle.Claims;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.GraphQL.Subscriptions;
using RevenueCycle.Identity;

namespace RevenueCycle.Denials;

public static class DenialSubscriptions
{
    public static void Register(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<DenialAssignedType>>("denialAssigned")
            .Description("Denials given to or taken from a work queue in your tenant, as they commit.")
            .Argument<StringGraphType>("owner", "Only denials assigned to, or taken from, this user.")
            .AuthorizeWithRoles(Roles.Billing)
            .ResolveStream(c =>
            {
                var owner = c.GetArgument<string?>("owner");
                return c.Events<DenialAssigned>(e => owner is null || e.Owner == owner || e.PreviousOwner == owner);
            });
}

public sealed class DenialAssignedType : ObjectGraphType<DenialAssigned>
{
    public DenialAssignedType()
    {
        Name = "DenialAssigned";
        Description = "A denial changed hands.";
        Field<NonNullGraphType<IdGraphType>>("denialId").Resolve(c => GlobalId.Encode("Denial", c.Source.DenialId));
        Field<DenialType>("denial").ResolveAsync(async c => await c.LoadForEvent<Denial>(c.Source.DenialId));
        Field<ClaimType>("claim").ResolveAsync(async c => await c.LoadForEvent<Claim>(c.Source.ClaimId));
        Field(e => e.PreviousOwner, nullable: true);
        Field(e => e.Owner, nullable: true).Description("Null when the denial went back to the unassigned queue.");
        Field(e => e.Actor);
        Field(e => e.At);
    }
}
