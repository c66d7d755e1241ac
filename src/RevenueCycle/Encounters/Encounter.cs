using RevenueCycle.Data;
using RevenueCycle.Patients;
using RevenueCycle.Practice;

namespace RevenueCycle.Encounters;

public enum EncounterKind { Professional, Institutional }

/// <summary>A visit: what was done for a patient, by whom, where and when; coded into diagnoses and service lines.</summary>
public sealed class Encounter : MutableEntity
{
    public Guid PatientId { get; set; }
    public Patient? Patient { get; set; }
    public Guid ProviderId { get; set; }
    public Provider? Provider { get; set; }
    public Guid FacilityId { get; set; }
    public Facility? Facility { get; set; }
    public EncounterKind Kind { get; set; }
    public DateOnly ServiceDateFrom { get; set; }
    public DateOnly ServiceDateTo { get; set; }
    public EncounterStatus Status { get; set; }
    public string? Notes { get; set; }
    public DateTime? NotesSignedAt { get; set; }
    /// <summary>The open coder query while the encounter is on hold, and the provider's answer.</summary>
    public string? HoldQuery { get; set; }
    public string? HoldAnswer { get; set; }
    public List<EncounterDiagnosis> Diagnoses { get; set; } = [];
    public List<ServiceLine> ServiceLines { get; set; } = [];
}

/// <summary>An ICD-10-CM code at a position (1 = A … 12 = L) of the encounter's diagnosis list.</summary>
public sealed class EncounterDiagnosis : TenantEntity
{
    public Guid EncounterId { get; set; }
    public int Sequence { get; set; }
    public required string Code { get; set; }
}

/// <summary>A CPT/HCPCS service as coded on the encounter; claim lines are copied from these.</summary>
public sealed class ServiceLine : TenantEntity
{
    public Guid EncounterId { get; set; }
    public int LineNumber { get; set; }
    public required string ProcedureCode { get; set; }
    /// <summary>Up to four two-character modifiers, in order.</summary>
    public List<string> Modifiers { get; set; } = [];
    public decimal Units { get; set; } = 1;
    public decimal Charge { get; set; }
    /// <summary>1-based positions into the diagnosis list (at most four).</summary>
    public List<int> DiagnosisPointers { get; set; } = [];
    public DateOnly ServiceDate { get; set; }
    public string? RevenueCode { get; set; }
}

/// <summary>Append-only record of one encounter status transition.</summary>
public sealed class EncounterStatusChange : TenantEntity
{
    public Guid EncounterId { get; set; }
    public EncounterStatus? From { get; set; }
    public EncounterStatus To { get; set; }
    public required string Actor { get; set; }
    public string? Reason { get; set; }
    public DateTime At { get; set; }
}
