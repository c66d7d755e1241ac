using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.Ledger;

namespace RevenueCycle.Payments;

/// <summary>
/// A patient's ledger loaded for posting: every new entry is checked by the domain <see cref="PatientLedger"/>
/// against all stored entries, then added to the context, and the claims it touches get their stored balance
/// recomputed from the ledger, so the balance columns can never drift from the entries.
/// </summary>
public sealed class PatientAccount
{
    private readonly RevenueCycleDb _db;
    private readonly Guid _patientId;
    private readonly string _actor;

    private PatientAccount(RevenueCycleDb db, Guid patientId, string actor, PatientLedger ledger)
    {
        _db = db;
        _patientId = patientId;
        _actor = actor;
        Ledger = ledger;
    }

    public PatientLedger Ledger { get; }

    public static async Task<PatientAccount> LoadAsync(RevenueCycleDb db, Guid patientId, string actor, CancellationToken cancellation = default)
    {
        var stored = await db.LedgerEntries.AsNoTracking().Where(e => e.PatientId == patientId)
            .OrderBy(e => e.PostedAt).ThenBy(e => e.Id).ToListAsync(cancellation);
        return new PatientAccount(db, patientId, actor, new PatientLedger(stored.Select(e => e.ToDomain())));
    }

    /// <exception cref="LedgerException">The entry breaks a ledger rule; nothing was added.</exception>
    public LedgerEntry Post(Ledger.LedgerEntry entry, Guid? remittanceId = null)
    {
        Ledger.Post(entry);
        var row = LedgerEntry.From(entry, _patientId, _actor, remittanceId);
        _db.LedgerEntries.Add(row);
        return row;
    }

    /// <summary>Original (not reversal) entries of <paramref name="kind"/> on a claim that are not reversed yet.</summary>
    public IReadOnlyList<Ledger.LedgerEntry> OpenEntries(Guid ledgerClaimId, LedgerEntryKind kind) =>
        Ledger.Entries.Where(e => e.ClaimId == ledgerClaimId && e.Kind == kind && !e.IsReversal && !Ledger.IsReversed(e.Id)).ToList();

    /// <summary>An adjudicated claim is resolved once insurance owes nothing on it (DESIGN §3: → CLOSED).</summary>
    public void CloseWhenSettled(RevenueCycleDb db, Claim claim, string actor, DateTimeOffset at)
    {
        if (ClaimResponsibility(claim).Insurance == 0 && claim.Status is ClaimStatus.Paid or ClaimStatus.PartiallyPaid or ClaimStatus.Denied)
            db.Move(claim, ClaimStatus.Closed, actor, at, "Insurance balance resolved", new ClaimFacts(InsuranceBalance: 0));
    }

    public Responsibility ClaimResponsibility(Claim claim) => Ledger.ClaimResponsibility(claim.LedgerClaimId);

    /// <summary>Recomputes the claim's balance from the ledger (charges − payments − adjustments − patient payments).</summary>
    public void Refresh(Claim claim) => claim.Balance = Ledger.ClaimBalance(claim.LedgerClaimId);
}
