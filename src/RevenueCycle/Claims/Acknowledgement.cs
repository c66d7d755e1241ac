using RevenueCycle.Data;

namespace RevenueCycle.Claims;

public enum AcknowledgementSource { Manual, X12_277CA, X12_999 }

/// <summary>A payer's or clearinghouse's accept/reject of a submitted claim, with its reasons.</summary>
public sealed class Acknowledgement : TenantEntity
{
    public Guid ClaimId { get; set; }
    public AcknowledgementSource Source { get; set; }
    public bool Accepted { get; set; }
    public string? StatusCategory { get; set; }
    public string? StatusCode { get; set; }
    public string? Message { get; set; }
    public DateTime ReceivedAt { get; set; }
}
