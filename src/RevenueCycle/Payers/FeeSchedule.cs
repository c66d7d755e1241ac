using RevenueCycle.Data;

namespace RevenueCycle.Payers;

/// <summary>The tenant's price list, optionally specific to one payer (then it also says what that payer should allow).</summary>
public sealed class FeeSchedule : MutableEntity
{
    public required string Name { get; set; }
    public Guid? PayerId { get; set; }
    public Payer? Payer { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public bool IsArchived { get; set; }
    public List<FeeScheduleEntry> Entries { get; set; } = [];
}

public sealed class FeeScheduleEntry : TenantEntity
{
    public Guid FeeScheduleId { get; set; }
    public required string ProcedureCode { get; set; }
    public decimal Price { get; set; }
    public decimal? ExpectedAllowed { get; set; }
}
