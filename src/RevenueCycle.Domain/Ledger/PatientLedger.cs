namespace RevenueCycle.Ledger;

/// <summary>
/// A patient account's append-only ledger, used to validate an entry against everything already posted.
/// Rules (DESIGN is silent on the last three):
/// <list type="bullet">
/// <item>Entries are never edited or removed; a mistake is cancelled by a reversal entry, and a reversal is
/// never itself reversed (post the original again instead). Reversals skip the balance checks so a mistake
/// can always be undone.</item>
/// <item>Posting an entry whose id is already present is a no-op when it is the identical entry (a retried
/// post) and refused when it differs.</item>
/// <item>A payment may exceed the open balance of its party (on its claim, or on the account when unapplied)
/// only when flagged <see cref="LedgerEntry.IsOverpayment"/>; it then leaves a credit (negative balance). A
/// refund may only pay out such a credit. Adjustments, write-offs and transfers never exceed what is open.</item>
/// </list>
/// </summary>
public sealed class PatientLedger
{
    private readonly List<LedgerEntry> _entries = [];
    private readonly Dictionary<Guid, LedgerEntry> _byId = [];
    private readonly HashSet<Guid> _reversed = [];

    /// <param name="history">Entries already stored, in posting order; they are re-validated.</param>
    public PatientLedger(IEnumerable<LedgerEntry>? history = null)
    {
        foreach (var entry in history ?? []) Post(entry);
    }

    public IReadOnlyList<LedgerEntry> Entries => _entries.AsReadOnly();

    public decimal Balance => LedgerBalances.Account(_entries);

    public Responsibility Responsibility => LedgerBalances.Split(_entries);

    public decimal ClaimBalance(Guid claimId) => LedgerBalances.Claim(_entries, claimId);

    public Responsibility ClaimResponsibility(Guid claimId) => LedgerBalances.Split(_entries, claimId);

    public bool IsReversed(Guid entryId) => _reversed.Contains(entryId);

    /// <returns>True when appended; false when the identical entry was already posted.</returns>
    /// <exception cref="LedgerException">The entry breaks a ledger rule; nothing was appended.</exception>
    public bool Post(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_byId.TryGetValue(entry.Id, out var existing))
        {
            return existing == entry
                ? false
                : throw new LedgerException(LedgerError.DuplicateEntryId, $"Entry {entry.Id} is already posted with different content.");
        }
        if (entry.IsReversal) CheckReversal(entry);
        else CheckAgainstOpenBalance(entry);

        _entries.Add(entry);
        _byId.Add(entry.Id, entry);
        if (entry.Reverses is { } target) _reversed.Add(target);
        return true;
    }

    /// <summary>Posts the reversal of <paramref name="entryId"/> and returns it.</summary>
    public LedgerEntry Reverse(Guid entryId, Guid reversalId, DateTimeOffset at, string? memo = null)
    {
        var target = _byId.GetValueOrDefault(entryId)
            ?? throw new LedgerException(LedgerError.ReversalTargetNotFound, $"Entry {entryId} is not on this ledger.");
        var reversal = target.ReversedBy(reversalId, at, memo);
        Post(reversal);
        return reversal;
    }

    private void CheckReversal(LedgerEntry reversal)
    {
        var targetId = reversal.Reverses!.Value;
        var target = _byId.GetValueOrDefault(targetId)
            ?? throw new LedgerException(LedgerError.ReversalTargetNotFound, $"Entry {targetId} is not on this ledger.");
        if (target.IsReversal)
            throw new LedgerException(LedgerError.CannotReverseReversal, $"Entry {targetId} is itself a reversal.");
        if (_reversed.Contains(targetId))
            throw new LedgerException(LedgerError.AlreadyReversed, $"Entry {targetId} is already reversed.");
        if (reversal.Kind != target.Kind || reversal.Amount != target.Amount || reversal.Party != target.Party || reversal.ClaimId != target.ClaimId)
            throw new LedgerException(LedgerError.ReversalMismatch, $"A reversal must repeat the kind, amount, party and claim of entry {targetId}.");
    }

    private void CheckAgainstOpenBalance(LedgerEntry entry)
    {
        var scope = entry.ClaimId is { } claimId ? ClaimResponsibility(claimId) : Responsibility;
        var open = entry.Party == LedgerParty.Insurance ? scope.Insurance : scope.Patient;
        var where = entry.ClaimId is null ? "the account" : $"claim {entry.ClaimId}";
        switch (entry.Kind)
        {
            case LedgerEntryKind.Charge:
                return;
            case LedgerEntryKind.InsurancePayment or LedgerEntryKind.PatientPayment when entry.Amount > open && !entry.IsOverpayment:
                throw new LedgerException(LedgerError.Overpayment,
                    $"{entry.Kind} of {entry.Amount:0.00} exceeds the open {entry.Party} balance {open:0.00} on {where}; record it as an overpayment to keep a credit.");
            case LedgerEntryKind.Adjustment or LedgerEntryKind.WriteOff or LedgerEntryKind.TransferToPatient when entry.Amount > open:
                throw new LedgerException(LedgerError.ExceedsOpenBalance,
                    $"{entry.Kind} of {entry.Amount:0.00} exceeds the open {entry.Party} balance {open:0.00} on {where}.");
            case LedgerEntryKind.Refund when entry.Amount > -open:
                throw new LedgerException(LedgerError.RefundExceedsCredit,
                    $"Refund of {entry.Amount:0.00} exceeds the {entry.Party} credit {Math.Max(0m, -open):0.00} on {where}.");
        }
    }
}
