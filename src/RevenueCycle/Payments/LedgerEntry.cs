using RevenueCycle.Data;
using RevenueCycle.Ledger;

namespace RevenueCycle.Payments;

/// <summary>
/// The stored form of a domain <see cref="Ledger.LedgerEntry"/>: append-only, never edited (a mistake is undone
/// by a reversal entry). The signed effects on what insurance and the patient owe are computed by the domain
/// record when posted and stored beside it, so balances and aging are plain SUMs in SQL.
/// </summary>
public sealed class LedgerEntry : TenantEntity
{
    public Guid PatientId { get; set; }
    public Guid? ClaimId { get; set; }
    public LedgerEntryKind Kind { get; set; }
    public LedgerParty Party { get; set; }
    /// <summary>Always positive; the direction comes from the kind (and reversal).</summary>
    public decimal Amount { get; set; }
    public decimal InsuranceEffect { get; set; }
    public decimal PatientEffect { get; set; }
    public bool IsOverpayment { get; set; }
    public Guid? ReversesEntryId { get; set; }
    public DateTime PostedAt { get; set; }
    public required string PostedBy { get; set; }
    public Guid? RemittanceId { get; set; }
    public string? Memo { get; set; }

    public Ledger.LedgerEntry ToDomain() =>
        new(Id, Kind, Amount, Party, new DateTimeOffset(PostedAt, TimeSpan.Zero), ClaimId, ReversesEntryId, IsOverpayment, Memo);

    public static LedgerEntry From(Ledger.LedgerEntry entry, Guid patientId, string postedBy, Guid? remittanceId = null) => new()
    {
        Id = entry.Id,
        PatientId = patientId,
        ClaimId = entry.ClaimId,
        Kind = entry.Kind,
        Party = entry.Party,
        Amount = entry.Amount,
        InsuranceEffect = entry.InsuranceEffect,
        PatientEffect = entry.PatientEffect,
        IsOverpayment = entry.IsOverpayment,
        ReversesEntryId = entry.Reverses,
        PostedAt = entry.At.UtcDateTime,
        PostedBy = postedBy,
        RemittanceId = remittanceId,
        Memo = entry.Memo,
    };
}
