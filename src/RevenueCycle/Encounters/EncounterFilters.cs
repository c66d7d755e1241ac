using RevenueCycle.GraphQL.Filtering;
using RevenueCycle.Patients;
using RevenueCycle.Practice;

namespace RevenueCycle.Encounters;

public static class EncounterFilters
{
    public static readonly FilterDefinition<ServiceLine> Lines = new FilterDefinition<ServiceLine>("ServiceLine")
        .Field("procedureCode", l => l.ProcedureCode)
        .Field("charge", l => l.Charge);

    public static readonly FilterDefinition<EncounterDiagnosis> Diagnoses = new FilterDefinition<EncounterDiagnosis>("Diagnosis")
        .Field("sequence", d => d.Sequence)
        .Field("code", d => d.Code);

    public static readonly FilterDefinition<Encounter> Where = new FilterDefinition<Encounter>("Encounter")
        .Id("Encounter", e => e.Id)
        .Field("status", e => e.Status)
        .Field("kind", e => e.Kind)
        .Field("serviceDateFrom", e => e.ServiceDateFrom)
        .Field("serviceDateTo", e => e.ServiceDateTo)
        .Object<Patient, PatientFilterInputType>("patient", e => e.Patient!, () => PatientFilters.Where)
        .Object<Provider, ProviderFilterInputType>("provider", e => e.Provider!, () => ProviderFilters.Where)
        .List<ServiceLine, ServiceLineFilterInputType>("serviceLines", e => e.ServiceLines, () => Lines)
        .List<EncounterDiagnosis, DiagnosisFilterInputType>("diagnoses", e => e.Diagnoses, () => Diagnoses);

    public static readonly SortDefinition<Encounter> Order = new SortDefinition<Encounter>("Encounter")
        .Field("serviceDateFrom", e => e.ServiceDateFrom)
        .Field("createdAt", e => e.CreatedAt)
        .Field("updatedAt", e => e.UpdatedAt);
}

public sealed class EncounterFilterInputType() : FilterInputType<Encounter>(EncounterFilters.Where);

public sealed class EncounterSortInputType() : SortInputType<Encounter>(EncounterFilters.Order);

public sealed class ServiceLineFilterInputType() : FilterInputType<ServiceLine>(EncounterFilters.Lines);

public sealed class DiagnosisFilterInputType() : FilterInputType<EncounterDiagnosis>(EncounterFilters.Diagnoses);
