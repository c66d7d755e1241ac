namespace RevenueCycle.Ledger;

/// <summary>Balances are always computed from the entries, never stored beside them, so they cannot drift.</summary>
public static class LedgerBalances
{
    /// <summary>The patient account's balance: the sum of every entry's effect.</summary>
    public static decimal Account(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Sum(e => e.AccountEffect);
    }

    /// <summary>One claim's balance: the effect of the entries applied to it.</summary>
    public static decimal Claim(IEnumerable<LedgerEntry> entries, Guid claimId) => Account(OfClaim(entries, claimId));

    public static Responsibility Split(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        decimal insurance = 0, patient = 0;
        foreach (var e in entries)
        {
            insurance += e.InsuranceEffect;
            patient += e.PatientEffect;
        }
        return new Responsibility(insurance, patient);
    }

    public static Responsibility Split(IEnumerable<LedgerEntry> entries, Guid claimId) => Split(OfClaim(entries, claimId));

    private static IEnumerable<LedgerEntry> OfClaim(IEnumerable<LedgerEntry> entries, Guid claimId)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Where(e => e.ClaimId == claimId);
    }
}
