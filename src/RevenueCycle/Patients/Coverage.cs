using RevenueCycle.Data;
using RevenueCycle.Payers;

namespace RevenueCycle.Patients;

public enum CoveragePriority { Primary, Secondary, Tertiary }

/// <summary>Patient's relationship to the subscriber (X12 SBR02/PAT01: 18 self, 01 spouse, 19 child, G8 other).</summary>
public enum SubscriberRelationship { Self, Spouse, Child, Other }

public enum EligibilityStatus { Unknown, Active, Inactive, Error }

/// <summary>A patient's insurance with one payer for a period.</summary>
public sealed class Coverage : MutableEntity
{
    public Guid PatientId { get; set; }
    public Patient? Patient { get; set; }
    public Guid PayerId { get; set; }
    public Payer? Payer { get; set; }
    public required string MemberId { get; set; }
    public string? GroupNumber { get; set; }
    public SubscriberRelationship Relationship { get; set; }
    /// <summary>Subscriber's name and birth date when the patient is not the subscriber.</summary>
    public string? SubscriberFirstName { get; set; }
    public string? SubscriberLastName { get; set; }
    public DateOnly? SubscriberDateOfBirth { get; set; }
    public CoveragePriority Priority { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public decimal? Copay { get; set; }
    public DateTime? EligibilityCheckedAt { get; set; }
    public EligibilityStatus EligibilityStatus { get; set; }
    public string? EligibilityNote { get; set; }

    public bool IsActiveOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);
}
