namespace RevenueCycle.Ledger;

/// <summary>
/// Net amounts per kind (each reversal subtracted from its kind), from which DESIGN's balance formula is read.
/// Write-offs are a kind of adjustment and are subtracted with them.
/// </summary>
public sealed record LedgerTotals(
    decimal Charges, decimal InsurancePayments, decimal Adjustments, decimal WriteOffs,
    decimal TransfersToPatient, decimal PatientPayments, decimal Refunds)
{
    /// <summary>charges − insurance payments − adjustments − write-offs − patient payments + refunds.</summary>
    public decimal Balance => Charges - InsurancePayments - Adjustments - WriteOffs - PatientPayments + Refunds;

    public static LedgerTotals Of(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        decimal charges = 0, insurance = 0, adjustments = 0, writeOffs = 0, transfers = 0, patient = 0, refunds = 0;
        foreach (var e in entries)
        {
            var amount = e.IsReversal ? -e.Amount : e.Amount;
            switch (e.Kind)
            {
                case LedgerEntryKind.Charge: charges += amount; break;
                case LedgerEntryKind.InsurancePayment: insurance += amount; break;
                case LedgerEntryKind.Adjustment: adjustments += amount; break;
                case LedgerEntryKind.WriteOff: writeOffs += amount; break;
                case LedgerEntryKind.TransferToPatient: transfers += amount; break;
                case LedgerEntryKind.PatientPayment: patient += amount; break;
                case LedgerEntryKind.Refund: refunds += amount; break;
                default: throw new ArgumentOutOfRangeException(nameof(entries), e.Kind, "Unknown ledger entry kind.");
            }
        }
        return new LedgerTotals(charges, insurance, adjustments, writeOffs, transfers, patient, refunds);
    }
}
