using GraphQL;
using GraphQL.Types;
using RevenueCycle.Denials;
using RevenueCycle.Encounters;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Loading;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Patients;
using RevenueCycle.Payers;
using RevenueCycle.Payments;
using RevenueCycle.Practice;

namespace RevenueCycle.Claims;

public sealed class ClaimType : NodeType<Claim>
{
    public ClaimType() : base("Claim", "A bill to one payer for one encounter.")
    {
        this.AuthorizeWithRoles(Identity.Roles.Billing);
        Field(c => c.Number).Description("Our claim number (CLM01, the patient control number payers echo back).");
        Field(c => c.Status);
        Field(c => c.Form);
        Field(c => c.Frequency);
        Field(c => c.PayerSequence);
        Field(c => c.PayerClaimControlNumber, nullable: true);
        Field(c => c.ServiceDateFrom);
        Field(c => c.ServiceDateTo);
        Field(c => c.TotalCharge);
        Field(c => c.InsurancePaid);
        Field(c => c.Adjusted);
        Field(c => c.PatientResponsibility);
        Field(c => c.PatientPaid);
        Field(c => c.Balance).Description("Charges − insurance payments − adjustments − patient payments.");
        Field(c => c.SubmittedAt, nullable: true);
        Field(c => c.LastScrubbedAt, nullable: true);
        Field(c => c.CreatedAt);
        Field(c => c.UpdatedAt);
        Field(c => c.Version).Description("Pass back on mutations: a stale version is refused (optimistic concurrency).");
        Field<PatientType>("patient").Resolve(c => c.LoadById<Patient>(c.Source.PatientId));
        Field<CoverageType>("coverage").Resolve(c => c.LoadById<Coverage>(c.Source.CoverageId));
        Field<PayerGraphType>("payer").Resolve(c => c.LoadById<Payer>(c.Source.PayerId));
        Field<ProviderType>("provider").Resolve(c => c.LoadById<Provider>(c.Source.ProviderId));
        Field<FacilityType>("facility").Resolve(c => c.LoadById<Facility>(c.Source.FacilityId));
        Field<EncounterType>("encounter").Resolve(c => c.LoadById<Encounter>(c.Source.EncounterId));
        Field<ClaimType>("replaces").Description("The claim this replacement or void refers to.")
            .Resolve(c => c.Source.ReplacesClaimId is { } id ? c.LoadById<Claim>(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimLineType>>>>("lines")
            .Resolve(Load.Children<Claim, ClaimLine, int>(l => l.ClaimId, l => l.LineNumber));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimDiagnosisType>>>>("diagnoses")
            .Resolve(Load.Children<Claim, ClaimDiagnosis, int>(d => d.ClaimId, d => d.Sequence));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimStatusChangeType>>>>("statusHistory")
            .Resolve(Load.Children<Claim, ClaimStatusChange, DateTime>(h => h.ClaimId, h => h.At));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScrubFindingType>>>>("scrubFindings")
            .Resolve(Load.Children<Claim, ScrubFinding, string>(f => f.ClaimId, f => f.RuleId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimPaymentType>>>>("payments")
            .Description("Insurance adjudications of this claim, from remittances.")
            .Resolve(Load.Children<Claim, ClaimPayment, Guid>(p => p.ClaimId!.Value, p => p.RemittanceId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DenialType>>>>("denials")
            .Resolve(Load.Children<Claim, Denial, DateOnly>(d => d.ClaimId, d => d.DueDate));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AcknowledgementType>>>>("acknowledgements")
            .Resolve(Load.Children<Claim, Acknowledgement, DateTime>(a => a.ClaimId, a => a.ReceivedAt));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerEntryType>>>>("ledger")
            .Resolve(Load.Children<Claim, LedgerEntry, DateTime>(e => e.ClaimId!.Value, e => e.PostedAt));
    }
}

public sealed class ClaimLineType : ObjectGraphType<ClaimLine>
{
    public ClaimLineType()
    {
        Name = "ClaimLine";
        Field(l => l.LineNumber);
        Field(l => l.ProcedureCode);
        Field(l => l.Modifiers, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>));
        Field(l => l.Units);
        Field(l => l.Charge);
        Field(l => l.DiagnosisPointers, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>));
        Field(l => l.ServiceDate);
        Field(l => l.RevenueCode, nullable: true);
    }
}

public sealed class ClaimDiagnosisType : ObjectGraphType<ClaimDiagnosis>
{
    public ClaimDiagnosisType()
    {
        Name = "ClaimDiagnosis";
        Field(d => d.Sequence);
        Field(d => d.Code);
    }
}

public sealed class ClaimStatusChangeType : ObjectGraphType<ClaimStatusChange>
{
    public ClaimStatusChangeType()
    {
        Name = "ClaimStatusChange";
        Field(h => h.From, nullable: true);
        Field(h => h.To);
        Field(h => h.Actor);
        Field(h => h.Reason, nullable: true);
        Field(h => h.At);
    }
}

public sealed class ScrubFindingType : ObjectGraphType<ScrubFinding>
{
    public ScrubFindingType()
    {
        Name = "ScrubFinding";
        Field(f => f.RuleId);
        Field(f => f.Severity);
        Field(f => f.LineNumber, nullable: true);
        Field(f => f.Message);
        Field(f => f.At);
    }
}

public sealed class AcknowledgementType : ObjectGraphType<Acknowledgement>
{
    public AcknowledgementType()
    {
        Name = "Acknowledgement";
        Field(a => a.Source);
        Field(a => a.Accepted);
        Field(a => a.StatusCategory, nullable: true).Description("277CA STC01-1, e.g. A1 accepted, A7 rejected.");
        Field(a => a.StatusCode, nullable: true);
        Field(a => a.Message, nullable: true);
        Field(a => a.ReceivedAt);
    }
}
