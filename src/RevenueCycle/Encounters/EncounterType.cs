using GraphQL;
using GraphQL.Types;
using RevenueCycle.Auditing;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Loading;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Patients;
using RevenueCycle.Practice;

namespace RevenueCycle.Encounters;

public sealed class EncounterType : NodeType<Encounter>
{
    public EncounterType() : base("Encounter", "A visit, coded into diagnoses and service lines.")
    {
        this.AuthorizeWithRoles(Identity.Roles.Phi);
        this.HoldsPhi();
        Field(e => e.Kind);
        Field(e => e.Status);
        Field(e => e.ServiceDateFrom);
        Field(e => e.ServiceDateTo);
        Field(e => e.Notes, nullable: true);
        Field(e => e.NotesSignedAt, nullable: true);
        Field(e => e.HoldQuery, nullable: true);
        Field(e => e.HoldAnswer, nullable: true);
        Field(e => e.Version);
        Field<PatientType>("patient").Resolve(c => c.LoadById<Patient>(c.Source.PatientId));
        Field<ProviderType>("provider").Resolve(c => c.LoadById<Provider>(c.Source.ProviderId));
        Field<FacilityType>("facility").Resolve(c => c.LoadById<Facility>(c.Source.FacilityId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosisType>>>>("diagnoses")
            .Resolve(Load.Children<Encounter, EncounterDiagnosis, int>(d => d.EncounterId, d => d.Sequence));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceLineType>>>>("serviceLines")
            .Resolve(Load.Children<Encounter, ServiceLine, int>(l => l.EncounterId, l => l.LineNumber));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncounterStatusChangeType>>>>("statusHistory")
            .Resolve(Load.Children<Encounter, EncounterStatusChange, DateTime>(h => h.EncounterId, h => h.At));
    }
}

public sealed class EncounterStatusChangeType : ObjectGraphType<EncounterStatusChange>
{
    public EncounterStatusChangeType()
    {
        Name = "EncounterStatusChange";
        Field(h => h.From, nullable: true);
        Field(h => h.To);
        Field(h => h.Actor);
        Field(h => h.Reason, nullable: true);
        Field(h => h.At);
    }
}

public sealed class DiagnosisType : ObjectGraphType<EncounterDiagnosis>
{
    public DiagnosisType()
    {
        Name = "Diagnosis";
        Field(d => d.Sequence).Description("Position in the list: 1 = A (principal) … 12 = L.");
        Field(d => d.Code).Description("ICD-10-CM code without the dot, as billed (E119).");
    }
}

public sealed class ServiceLineType : ObjectGraphType<ServiceLine>
{
    public ServiceLineType()
    {
        Name = "ServiceLine";
        Field(l => l.LineNumber);
        Field(l => l.ProcedureCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("modifiers").Resolve(c => c.Source.Modifiers);
        Field(l => l.Units);
        Field(l => l.Charge);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("diagnosisPointers").Resolve(c => c.Source.DiagnosisPointers);
        Field(l => l.ServiceDate);
        Field(l => l.RevenueCode, nullable: true);
    }
}
