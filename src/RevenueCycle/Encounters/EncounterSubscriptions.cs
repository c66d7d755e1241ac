using GraphQL;
using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.GraphQL.Subscriptions;
using RevenueCycle.Identity;

namespace RevenueCycle.Encounters;

public static class EncounterSubscriptions
{
    public static void Register(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<EncounterStatusChangedType>>("encounterStatusChanged")
            .Description("Encounter workflow changes of your tenant (documented, on hold, coded, billed) as they commit.")
            .Argument<IdGraphType>("encounterId", "Only this encounter.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<EncounterStatus>>>>("statuses", "Only changes to one of these statuses.")
            .AuthorizeWithRoles(Roles.Phi)
            .ResolveStream(c =>
            {
                var encounterId = c.IdArgument("encounterId", "Encounter");
                var statuses = c.GetArgument<List<EncounterStatus>?>("statuses");
                return c.Events<EncounterStatusChanged>(e => (encounterId is null || e.EncounterId == encounterId) && (statuses is null || statuses.Contains(e.Status)));
            });
}

public sealed class EncounterStatusChangedType : ObjectGraphType<EncounterStatusChanged>
{
    public EncounterStatusChangedType()
    {
        Name = "EncounterStatusChanged";
        Description = "An encounter moved through its workflow.";
        Field<NonNullGraphType<IdGraphType>>("encounterId").Resolve(c => GlobalId.Encode("Encounter", c.Source.EncounterId));
        Field<EncounterType>("encounter").Description("The encounter as it is now.").ResolveAsync(async c => await c.LoadForEvent<Encounter>(c.Source.EncounterId));
        Field(e => e.PreviousStatus, nullable: true);
        Field(e => e.Status);
        Field(e => e.Actor);
        Field(e => e.At);
        Field(e => e.Reason, nullable: true);
    }
}
