using RevenueCycle.Data;

namespace RevenueCycle.Payments;

/// <summary>Money received from (or refunded to) a patient at the desk, online or by mail.</summary>
public sealed class PatientPayment : TenantEntity
{
    public Guid PatientId { get; set; }
    public Guid? ClaimId { get; set; }
    public decimal Amount { get; set; }
    public PaymentMethod Method { get; set; }
    public string? Reference { get; set; }
    public bool IsRefund { get; set; }
    public DateTime ReceivedAt { get; set; }
    public required string ReceivedBy { get; set; }
}
