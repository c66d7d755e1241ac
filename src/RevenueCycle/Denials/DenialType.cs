using GraphQL;
using GraphQL.Types;
using RevenueCycle.Claims;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Loading;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.Denials;

public sealed class DenialType : NodeType<Denial>
{
    public DenialType() : base("Denial", "A payer's refusal to pay all or part of a claim, worked until resolved.")
    {
        this.AuthorizeWithRoles(Identity.Roles.Billing);
        Field(d => d.Status);
        Field(d => d.Category);
        Field(d => d.GroupCode).Description("CAS group: CO contractual, PR patient, OA other, PI payer initiated, CR correction.");
        Field(d => d.ReasonCode).Description("CARC.");
        Field(d => d.RemarkCode, nullable: true).Description("RARC.");
        Field(d => d.Amount);
        Field(d => d.DueDate).Description("Appeal deadline: remittance date + the payer's appeal days.");
        Field(d => d.OwnerUserId, nullable: true).Description("The biller working it.");
        Field(d => d.CreatedAt);
        Field(d => d.UpdatedAt);
        Field(d => d.Version);
        Field<ClaimType>("claim").Resolve(c => c.LoadById<Claim>(c.Source.ClaimId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DenialAppealType>>>>("appeals")
            .Resolve(Load.Children<Denial, DenialAppeal, DateTime>(a => a.DenialId, a => a.SubmittedAt));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DenialStatusChangeType>>>>("statusHistory")
            .Resolve(Load.Children<Denial, DenialStatusChange, DateTime>(h => h.DenialId, h => h.At));
    }
}

public sealed class DenialStatusChangeType : ObjectGraphType<DenialStatusChange>
{
    public DenialStatusChangeType()
    {
        Name = "DenialStatusChange";
        Field(h => h.From, nullable: true);
        Field(h => h.To);
        Field(h => h.Actor);
        Field(h => h.Reason, nullable: true);
        Field(h => h.At);
    }
}

public sealed class DenialAppealType : ObjectGraphType<DenialAppeal>
{
    public DenialAppealType()
    {
        Name = "DenialAppeal";
        Field(a => a.SubmittedAt);
        Field(a => a.SubmittedBy);
        Field(a => a.Letter);
        Field(a => a.Outcome, nullable: true);
    }
}
