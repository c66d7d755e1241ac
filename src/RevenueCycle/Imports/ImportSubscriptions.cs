using GraphQL;
using GraphQL.Types;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.GraphQL.Subscriptions;
using RevenueCycle.Identity;

namespace RevenueCycle.Imports;

public static class ImportSubscriptions
{
    public static void Register(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<ImportProgressType>>("importProgress")
            .Description("Progress of your tenant's imports (code set releases, 835 batches).")
            .Argument<IdGraphType>("jobId", "Only this import.")
            .AuthorizeWithRoles(Roles.Billing)
            .ResolveStream(c =>
            {
                var jobId = c.IdArgument("jobId", "ImportJob");
                return c.Events<ImportProgress>(e => jobId is null || e.JobId == jobId);
            });
}

public sealed class ImportProgressType : ObjectGraphType<ImportProgress>
{
    public ImportProgressType()
    {
        Name = "ImportProgress";
        Description = "How far an import has got.";
        Field<NonNullGraphType<IdGraphType>>("jobId").Resolve(c => GlobalId.Encode("ImportJob", c.Source.JobId));
        Field(e => e.Processed);
        Field(e => e.Total);
        Field(e => e.State);
        Field(e => e.At);
        Field(e => e.Message, nullable: true);
    }
}
