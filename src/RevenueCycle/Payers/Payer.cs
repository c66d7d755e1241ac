using RevenueCycle.Data;

namespace RevenueCycle.Payers;

public sealed class Payer : MutableEntity
{
    public required string Name { get; set; }
    /// <summary>The clearinghouse payer id that goes in NM1*PR.</summary>
    public required string EdiPayerId { get; set; }
    public PayerKind Kind { get; set; }
    /// <summary>X12 claim filing indicator (SBR09): MB Medicare B, MC Medicaid, CI commercial, …</summary>
    public string ClaimFilingIndicator { get; set; } = "CI";
    public int TimelyFilingDays { get; set; } = 365;
    public int AppealDays { get; set; } = 180;
    public Address Address { get; set; } = new();
    public bool IsArchived { get; set; }
}
