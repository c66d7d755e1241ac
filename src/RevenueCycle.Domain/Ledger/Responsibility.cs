namespace RevenueCycle.Ledger;

/// <summary>Who owes what: an open balance split between insurance and the patient. Negative parts are credits.</summary>
public sealed record Responsibility(decimal Insurance, decimal Patient)
{
    public decimal Total => Insurance + Patient;
}
