namespace RevenueCycle.Ledger;

/// <summary>
/// The money movements on a patient account. Corrections are not a kind of their own: a reversal is an entry
/// of the same kind that points at the entry it cancels (<see cref="LedgerEntry.Reverses"/>), so totals per kind
/// stay net of their corrections.
/// </summary>
public enum LedgerEntryKind
{
    /// <summary>A service line's charge, owed first by <see cref="LedgerEntry.Party"/> (the payer, or the patient when self-pay).</summary>
    Charge,

    /// <summary>Money received from a payer (ERA/EOB).</summary>
    InsurancePayment,

    /// <summary>An amount the practice will not collect for contractual or policy reasons (CO/OA/PI adjustments, discounts).</summary>
    Adjustment,

    /// <summary>Moves what insurance left unpaid (deductible, coinsurance, copay, non-covered) to the patient; no change in total.</summary>
    TransferToPatient,

    /// <summary>Money received from the patient.</summary>
    PatientPayment,

    /// <summary>Money paid back to the payer or the patient out of a credit.</summary>
    Refund,

    /// <summary>A balance given up as uncollectable (bad debt, small balance, timely filing); counted with adjustments.</summary>
    WriteOff,
}
