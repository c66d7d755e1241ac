using RevenueCycle.Data;

namespace RevenueCycle.Payments;

/// <summary>A patient statement: the patient-responsible balance as of a date, with when it is due.</summary>
public sealed class Statement : TenantEntity
{
    public Guid PatientId { get; set; }
    public DateOnly StatementDate { get; set; }
    public DateOnly DueDate { get; set; }
    public decimal Balance { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
