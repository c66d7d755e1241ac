using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;

namespace RevenueCycle.Claims;

public sealed class SubmissionBatchType : NodeType<SubmissionBatch>
{
    public SubmissionBatchType() : base("SubmissionBatch", "One 837 interchange sent to payers, kept verbatim (also at GET /x12/837/{id}).")
    {
        this.AuthorizeWithRoles(Roles.Billing);
        Field(b => b.InterchangeControlNumber).Description("ISA13; increases per tenant.");
        Field(b => b.GroupControlNumber).Description("GS06, what a 999 answers in AK1-02.");
        Field(b => b.Form);
        Field(b => b.ClaimCount);
        Field(b => b.TotalCharge);
        Field(b => b.Content).Description("The 837 file.");
        Field(b => b.CreatedBy);
        Field(b => b.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims")
            .ResolveAsync(async c => await c.Db().Claims.AsNoTracking().Where(x => x.SubmissionBatchId == c.Source.Id).OrderBy(x => x.Number).ToListAsync(c.CancellationToken));
    }
}

public sealed class UnmatchedAcknowledgement
{
    public required string ClaimNumber { get; init; }
    public required string Status { get; init; }
}

public sealed class UnmatchedAcknowledgementType : ObjectGraphType<UnmatchedAcknowledgement>
{
    public UnmatchedAcknowledgementType()
    {
        Name = "UnmatchedAcknowledgement";
        Description = "An acknowledgement for a claim number we do not have (a 999: \"GS 28 ST 0028\" for a group or transaction set that is not one of our batches).";
        Field(u => u.ClaimNumber);
        Field(u => u.Status).Description("STC category:code, e.g. A7:562; for a 999, the IK5 or AK9 code.");
    }
}

public sealed class AcknowledgementImportType : NodeType<AcknowledgementImport>
{
    public AcknowledgementImportType() : base("AcknowledgementImport", "One 277CA or 999 file as imported.")
    {
        this.AuthorizeWithRoles(Roles.Billing);
        Field(i => i.Source);
        Field(i => i.SourceHash);
        Field(i => i.ReceivedAt);
        Field(i => i.ReceivedBy);
        Field(i => i.AcceptedClaims);
        Field(i => i.RejectedClaims);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnmatchedAcknowledgementType>>>>("unmatched")
            .Resolve(c => c.Source.Unmatched.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split('\t')).Select(p => new UnmatchedAcknowledgement { ClaimNumber = p[0], Status = p.Length > 1 ? p[1] : "" }).ToList());
    }
}

public sealed class SubmissionBatchesConnectionType() : ConnectionType<SubmissionBatchType, SubmissionBatch>("SubmissionBatches");

public sealed class AcknowledgementImportsConnectionType() : ConnectionType<AcknowledgementImportType, AcknowledgementImport>("AcknowledgementImports");

public static class SubmissionQueries
{
    public static void Register(ObjectGraphType query)
    {
        query.Connection<SubmissionBatchesConnectionType, SubmissionBatch>("submissionBatches", c => c.Db().SubmissionBatches,
                SortKey.Of<SubmissionBatch, long>(b => b.InterchangeControlNumber, descending: true))
            .Description("837 batches sent, newest first.")
            .AuthorizeWithRoles(Roles.Billing);
        query.Connection<AcknowledgementImportsConnectionType, AcknowledgementImport>("acknowledgementImports", c => c.Db().Set<AcknowledgementImport>(),
                SortKey.Of<AcknowledgementImport, DateTime>(i => i.ReceivedAt, descending: true))
            .Description("277CA and 999 files imported, newest first, with the acknowledgements that matched no claim (or, for a 999, no batch).")
            .AuthorizeWithRoles(Roles.Billing);
        query.Field<SubmissionBatchType>("submissionBatch")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Description("One 837 batch with its file.")
            .AuthorizeWithRoles(Roles.Billing)
            .ResolveAsync(async c => GlobalId.TryDecode(c.GetArgument<string>("id"), "SubmissionBatch") is { } id
                ? await c.Db().SubmissionBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, c.CancellationToken)
                : null);
    }
}
