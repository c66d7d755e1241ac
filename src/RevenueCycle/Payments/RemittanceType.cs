using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Loading;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Payers;

namespace RevenueCycle.Payments;

public sealed class RemittanceType : NodeType<Remittance>
{
    public RemittanceType() : base("Remittance", "One ERA (835) or paper EOB: a payer's payment and the claims it covers.")
    {
        this.AuthorizeWithRoles(Identity.Roles.Billing);
        Field(r => r.PayerName);
        Field(r => r.PayerIdentifier, nullable: true);
        Field(r => r.Method);
        Field(r => r.TraceNumber).Description("Check or EFT trace number (TRN02).");
        Field(r => r.Amount);
        Field(r => r.PaymentDate);
        Field(r => r.SourceHash, nullable: true).Description("SHA-256 of the 835 file it came from.");
        Field(r => r.PostedAt);
        Field(r => r.PostedBy);
        Field(r => r.PostedClaims).Description("Claim payments posted to one of our claims.");
        Field(r => r.UnmatchedClaims).Description("Claim payments waiting in the unmatched queue.");
        Field(r => r.DenialsCreated).Description("Denials opened by posting this remittance.");
        Field<PayerGraphType>("payer").Resolve(c => c.Source.PayerId is { } id ? c.LoadById<Payer>(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimPaymentType>>>>("claimPayments")
            .Resolve(Load.Children<Remittance, ClaimPayment, string>(p => p.RemittanceId, p => p.PatientControlNumber));
    }
}

public sealed class ClaimPaymentType : NodeType<ClaimPayment>
{
    public ClaimPaymentType() : base("ClaimPayment", "A remittance's verdict on one claim (CLP); unmatched when no claim carries its number.")
    {
        this.AuthorizeWithRoles(Identity.Roles.Billing);
        Field(p => p.PatientControlNumber).Description("CLP01: our claim number as the payer echoed it.");
        Field(p => p.StatusCode).Description("CLP02: 1 primary, 2 secondary, 3 tertiary, 4 denied, 22 reversal, …");
        Field(p => p.Charge);
        Field(p => p.Paid);
        Field(p => p.PatientResponsibility);
        Field(p => p.PayerClaimControlNumber, nullable: true);
        Field(p => p.UnmatchedReason, nullable: true).Description("Why it waits in the unmatched queue; null once posted to a claim.");
        Field<BooleanGraphType>("matched").Resolve(c => c.Source.ClaimId is not null);
        Field<ClaimType>("claim").Resolve(c => c.Source.ClaimId is { } id ? c.LoadById<Claim>(id) : null);
        Field<RemittanceType>("remittance").Resolve(c => c.LoadById<Remittance>(c.Source.RemittanceId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentAdjustmentType>>>>("adjustments")
            .Resolve(Load.Children<ClaimPayment, PaymentAdjustment, string>(a => a.ClaimPaymentId, a => a.GroupCode));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinePaymentType>>>>("lines")
            .Resolve(Load.Children<ClaimPayment, LinePayment, string>(l => l.ClaimPaymentId, l => l.ProcedureCode));
    }
}

public sealed class RemittanceImportType : NodeType<RemittanceImport>
{
    public RemittanceImportType() : base("RemittanceImport", "One 835 file as imported, with what posting it did.")
    {
        this.AuthorizeWithRoles(Identity.Roles.Billing);
        Field(i => i.SourceHash).Description("SHA-256 of the file.");
        Field(i => i.ReceivedAt);
        Field(i => i.ReceivedBy);
        Field(i => i.RemittanceCount).Description("835 transaction sets (payments) in the file.");
        Field(i => i.ClaimCount).Description("CLP loops in the file.");
        Field(i => i.PostedClaims).Description("Claim payments posted to one of our claims.");
        Field(i => i.UnmatchedClaims).Description("Claim payments left in the unmatched queue.");
        Field(i => i.DenialsCreated);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RemittanceType>>>>("remittances")
            .ResolveAsync(async c => await c.Db().Remittances.AsNoTracking().Where(r => r.ImportId == c.Source.Id)
                .OrderBy(r => r.TraceNumber).ToListAsync(c.CancellationToken));
    }
}

public sealed class PaymentAdjustmentType : ObjectGraphType<PaymentAdjustment>
{
    public PaymentAdjustmentType()
    {
        Name = "PaymentAdjustment";
        Field(a => a.GroupCode);
        Field(a => a.ReasonCode).Description("CARC.");
        Field(a => a.RemarkCode, nullable: true).Description("RARC.");
        Field(a => a.Amount);
        Field(a => a.Quantity, nullable: true);
    }
}

public sealed class LinePaymentType : ObjectGraphType<LinePayment>
{
    public LinePaymentType()
    {
        Name = "LinePayment";
        Field(l => l.ProcedureCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("modifiers").Resolve(c => c.Source.Modifiers);
        Field(l => l.Charge);
        Field(l => l.Paid);
        Field(l => l.Units);
    }
}
