using RevenueCycle.Data;
using RevenueCycle.Encounters;
using RevenueCycle.Patients;
using RevenueCycle.Payers;
using RevenueCycle.Practice;

namespace RevenueCycle.Claims;

public enum ClaimForm { Professional, Institutional }

/// <summary>CLM05-3 claim frequency: 1 original, 7 replacement of a prior claim, 8 void of a prior claim.</summary>
public enum ClaimFrequency { Original = 1, Replacement = 7, Void = 8 }

/// <summary>
/// A bill to one payer for one encounter under one coverage. Its status moves only through the claim
/// workflow; money on it (paid, adjusted, patient responsibility) comes from postings, and
/// <see cref="Balance"/> is kept in the same transaction as the ledger entries that change it.
/// </summary>
public sealed class Claim : MutableEntity
{
    public required string Number { get; set; }
    public Guid EncounterId { get; set; }
    public Encounter? Encounter { get; set; }
    public Guid PatientId { get; set; }
    public Patient? Patient { get; set; }
    public Guid CoverageId { get; set; }
    public Coverage? Coverage { get; set; }
    public Guid PayerId { get; set; }
    public Payer? Payer { get; set; }
    public Guid ProviderId { get; set; }
    public Provider? Provider { get; set; }
    public Guid FacilityId { get; set; }
    public Facility? Facility { get; set; }
    public ClaimForm Form { get; set; }
    public ClaimFrequency Frequency { get; set; } = ClaimFrequency.Original;
    /// <summary>The claim this one replaces or voids (frequency 7 or 8).</summary>
    public Guid? ReplacesClaimId { get; set; }
    /// <summary>
    /// The claim whose ledger charge this one bills: null for an original primary claim (it carries its own charge);
    /// for a replacement or a secondary claim, the claim the charge was posted on, so money is never charged twice.
    /// </summary>
    public Guid? ChargeClaimId { get; set; }
    /// <summary>The claim id the patient ledger files this claim's money under.</summary>
    public Guid LedgerClaimId => ChargeClaimId ?? Id;
    public CoveragePriority PayerSequence { get; set; }
    public string? PayerClaimControlNumber { get; set; }
    public DateOnly ServiceDateFrom { get; set; }
    public DateOnly ServiceDateTo { get; set; }
    public ClaimStatus Status { get; set; }
    public decimal TotalCharge { get; set; }
    public decimal InsurancePaid { get; set; }
    public decimal Adjusted { get; set; }
    public decimal PatientResponsibility { get; set; }
    public decimal PatientPaid { get; set; }
    public decimal Balance { get; set; }
    public Guid? SubmissionBatchId { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? LastScrubbedAt { get; set; }
    public List<ClaimLine> Lines { get; set; } = [];
    public List<ClaimDiagnosis> Diagnoses { get; set; } = [];
    public List<ClaimStatusChange> StatusHistory { get; set; } = [];
    public List<ScrubFinding> ScrubFindings { get; set; } = [];
}

public sealed class ClaimLine : TenantEntity
{
    public Guid ClaimId { get; set; }
    public int LineNumber { get; set; }
    public required string ProcedureCode { get; set; }
    public List<string> Modifiers { get; set; } = [];
    public decimal Units { get; set; } = 1;
    public decimal Charge { get; set; }
    public List<int> DiagnosisPointers { get; set; } = [];
    public DateOnly ServiceDate { get; set; }
    public string? RevenueCode { get; set; }
}

public sealed class ClaimDiagnosis : TenantEntity
{
    public Guid ClaimId { get; set; }
    public int Sequence { get; set; }
    public required string Code { get; set; }
}

/// <summary>Append-only record of one status transition.</summary>
public sealed class ClaimStatusChange : TenantEntity
{
    public Guid ClaimId { get; set; }
    public ClaimStatus? From { get; set; }
    public ClaimStatus To { get; set; }
    public required string Actor { get; set; }
    public string? Reason { get; set; }
    public DateTime At { get; set; }
}

public enum ScrubSeverity { Error, Warning }

/// <summary>One edit the scrubber raised on the claim's latest scrub.</summary>
public sealed class ScrubFinding : TenantEntity
{
    public Guid ClaimId { get; set; }
    public required string RuleId { get; set; }
    public ScrubSeverity Severity { get; set; }
    public int? LineNumber { get; set; }
    public required string Message { get; set; }
    public DateTime At { get; set; }
}
