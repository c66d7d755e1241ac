using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;
using RevenueCycle.Payments;

namespace RevenueCycle.Imports;

public sealed class ImportJobType : NodeType<ImportJob>
{
    public ImportJobType() : base("ImportJob", "A file import run in the background (startRemittance835Import): where it stands and what it did.")
    {
        this.AuthorizeWithRoles(Roles.Billing);
        Field(j => j.Kind);
        Field(j => j.State);
        Field<NonNullGraphType<IntGraphType>>("processed")
            .Description("Claims handled so far.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ImportJobWorker>().Processed(c.Source));
        Field(j => j.Total).Description("Claims in the file; 0 until the file is read.");
        Field(j => j.CreatedBy);
        Field(j => j.CreatedAt);
        Field(j => j.StartedAt, nullable: true);
        Field(j => j.FinishedAt, nullable: true);
        Field(j => j.Summary, nullable: true).Description("Succeeded: what posting did.");
        Field(j => j.ErrorCode, nullable: true).Description("Failed: X12SyntaxError, DuplicateRemittanceError, ValidationError, Interrupted or InternalError.");
        Field(j => j.ErrorMessage, nullable: true).Description("Failed: why; nothing was posted.");
        Field<RemittanceImportType>("remittanceImport")
            .Description("Succeeded: the import the file became.")
            .Resolve(c => c.Source.RemittanceImportId is { } id ? c.LoadById<RemittanceImport>(id) : null);
    }
}

public sealed class ImportJobsConnectionType() : ConnectionType<ImportJobType, ImportJob>("ImportJobs");

public static class ImportJobQueries
{
    public static void Register(ObjectGraphType query)
    {
        query.Connection<ImportJobsConnectionType, ImportJob>("importJobs", c => c.Db().ImportJobs,
                SortKey.Of<ImportJob, DateTime>(j => j.CreatedAt, descending: true))
            .Description("Background imports, newest first.")
            .AuthorizeWithRoles(Roles.Billing);
        query.Field<ImportJobType>("importJob")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Description("One background import; null when it is not yours.")
            .AuthorizeWithRoles(Roles.Billing)
            .ResolveAsync(async c => GlobalId.TryDecode(c.GetArgument<string>("id"), "ImportJob") is { } id
                ? await c.Db().ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, c.CancellationToken)
                : null);
    }
}
