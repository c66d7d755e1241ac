using RevenueCycle.GraphQL.Filtering;
using RevenueCycle.Patients;
using RevenueCycle.Payers;
using RevenueCycle.Practice;

namespace RevenueCycle.Claims;

/// <summary>What the claim work queues filter and sort on.</summary>
public static class ClaimFilters
{
    public static readonly FilterDefinition<ClaimLine> Lines = new FilterDefinition<ClaimLine>("ClaimLine")
        .Field("procedureCode", l => l.ProcedureCode)
        .Field("units", l => l.Units)
        .Field("charge", l => l.Charge)
        .Field("serviceDate", l => l.ServiceDate);

    public static readonly FilterDefinition<ClaimDiagnosis> Diagnoses = new FilterDefinition<ClaimDiagnosis>("ClaimDiagnosis")
        .Field("sequence", d => d.Sequence)
        .Field("code", d => d.Code);

    public static readonly FilterDefinition<ScrubFinding> Findings = new FilterDefinition<ScrubFinding>("ScrubFinding")
        .Field("ruleId", f => f.RuleId)
        .Field("severity", f => f.Severity);

    public static readonly FilterDefinition<Claim> Where = new FilterDefinition<Claim>("Claim")
        .Id("Claim", c => c.Id)
        .Field("number", c => c.Number)
        .Field("status", c => c.Status)
        .Field("form", c => c.Form)
        .Field("frequency", c => c.Frequency)
        .Field("payerSequence", c => c.PayerSequence)
        .Field("payerClaimControlNumber", c => c.PayerClaimControlNumber)
        .Field("serviceDateFrom", c => c.ServiceDateFrom)
        .Field("serviceDateTo", c => c.ServiceDateTo)
        .Field("totalCharge", c => c.TotalCharge)
        .Field("insurancePaid", c => c.InsurancePaid)
        .Field("balance", c => c.Balance)
        .Field("submittedAt", c => c.SubmittedAt)
        .Field("createdAt", c => c.CreatedAt)
        .Object<Patient, PatientFilterInputType>("patient", c => c.Patient!, () => PatientFilters.Where)
        .Object<Payer, PayerFilterInputType>("payer", c => c.Payer!, () => PayerFilters.Where)
        .Object<Provider, ProviderFilterInputType>("provider", c => c.Provider!, () => ProviderFilters.Where)
        .List<ClaimLine, ClaimLineFilterInputType>("lines", c => c.Lines, () => Lines)
        .List<ClaimDiagnosis, ClaimDiagnosisFilterInputType>("diagnoses", c => c.Diagnoses, () => Diagnoses)
        .List<ScrubFinding, ScrubFindingFilterInputType>("scrubFindings", c => c.ScrubFindings, () => Findings);

    public static readonly SortDefinition<Claim> Order = new SortDefinition<Claim>("Claim")
        .Field("number", c => c.Number)
        .Field("serviceDateFrom", c => c.ServiceDateFrom)
        .Field("totalCharge", c => c.TotalCharge)
        .Field("balance", c => c.Balance)
        .Field("createdAt", c => c.CreatedAt)
        .Field("updatedAt", c => c.UpdatedAt);
}

public sealed class ClaimFilterInputType() : FilterInputType<Claim>(ClaimFilters.Where);

public sealed class ClaimSortInputType() : SortInputType<Claim>(ClaimFilters.Order);

public sealed class ClaimLineFilterInputType() : FilterInputType<ClaimLine>(ClaimFilters.Lines);

public sealed class ClaimDiagnosisFilterInputType() : FilterInputType<ClaimDiagnosis>(ClaimFilters.Diagnoses);

public sealed class ScrubFindingFilterInputType() : FilterInputType<ScrubFinding>(ClaimFilters.Findings);
