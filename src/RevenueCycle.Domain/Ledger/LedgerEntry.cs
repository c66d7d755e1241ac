namespace RevenueCycle.Ledger;

/// <summary>
/// One immutable money movement on a patient account. <see cref="Amount"/> is always positive; the direction
/// comes from <see cref="Kind"/> and <see cref="Party"/>, and a reversal (<see cref="Reverses"/> set) has exactly
/// the opposite effect of the entry it cancels.
/// </summary>
public sealed record LedgerEntry
{
    /// <exception cref="LedgerException">The amount is not positive whole cents, or the party or overpayment flag does not fit the kind.</exception>
    public LedgerEntry(
        Guid id, LedgerEntryKind kind, decimal amount, LedgerParty party, DateTimeOffset at,
        Guid? claimId = null, Guid? reverses = null, bool isOverpayment = false, string? memo = null)
    {
        if (amount <= 0m)
            throw new LedgerException(LedgerError.AmountNotPositive, $"{kind} amount must be positive, was {amount}.");
        if (!Money.HasAtMostTwoDecimals(amount))
            throw new LedgerException(LedgerError.AmountHasMoreThanTwoDecimals, $"{kind} amount {amount} has more than two decimal places.");
        var requiredParty = RequiredParty(kind);
        if (requiredParty is not null && party != requiredParty)
            throw new LedgerException(LedgerError.WrongParty, $"{kind} always belongs to {requiredParty}, not {party}.");
        if (isOverpayment && kind is not (LedgerEntryKind.InsurancePayment or LedgerEntryKind.PatientPayment))
            throw new LedgerException(LedgerError.OverpaymentFlagNotAllowed, $"Only payments may be recorded as overpayments, not {kind}.");

        Id = id;
        Kind = kind;
        Amount = amount;
        Party = party;
        At = at;
        ClaimId = claimId;
        Reverses = reverses;
        IsOverpayment = isOverpayment;
        Memo = memo;
    }

    public Guid Id { get; }

    public LedgerEntryKind Kind { get; }

    public decimal Amount { get; }

    /// <summary>Whose responsibility the entry changes; for a transfer, the party it moves money away from (insurance).</summary>
    public LedgerParty Party { get; }

    public DateTimeOffset At { get; }

    /// <summary>The claim the entry is applied to; null for account-level money such as an unapplied patient payment.</summary>
    public Guid? ClaimId { get; }

    /// <summary>The entry this one cancels, or null for an original entry.</summary>
    public Guid? Reverses { get; }

    /// <summary>A payment knowingly taken beyond the open balance; it leaves a credit to refund or apply.</summary>
    public bool IsOverpayment { get; }

    public string? Memo { get; }

    public bool IsReversal => Reverses is not null;

    /// <summary>Change in what insurance owes.</summary>
    public decimal InsuranceEffect => Effect().Insurance;

    /// <summary>Change in what the patient owes.</summary>
    public decimal PatientEffect => Effect().Patient;

    /// <summary>Change in the account balance (insurance plus patient).</summary>
    public decimal AccountEffect => InsuranceEffect + PatientEffect;

    /// <summary>The entry that cancels this one: same kind, amount, party and claim, opposite effect.</summary>
    public LedgerEntry ReversedBy(Guid id, DateTimeOffset at, string? memo = null) =>
        IsReversal
            ? throw new LedgerException(LedgerError.CannotReverseReversal, $"Entry {Id} is itself a reversal; post the original again instead.")
            : new LedgerEntry(id, Kind, Amount, Party, at, ClaimId, Id, IsOverpayment, memo);

    public static LedgerEntry Charge(Guid id, decimal amount, DateTimeOffset at, Guid? claimId, LedgerParty billedTo = LedgerParty.Insurance, string? memo = null) =>
        new(id, LedgerEntryKind.Charge, amount, billedTo, at, claimId, memo: memo);

    public static LedgerEntry InsurancePayment(Guid id, decimal amount, DateTimeOffset at, Guid? claimId, bool isOverpayment = false, string? memo = null) =>
        new(id, LedgerEntryKind.InsurancePayment, amount, LedgerParty.Insurance, at, claimId, isOverpayment: isOverpayment, memo: memo);

    public static LedgerEntry Adjustment(Guid id, decimal amount, DateTimeOffset at, Guid? claimId, LedgerParty party = LedgerParty.Insurance, string? memo = null) =>
        new(id, LedgerEntryKind.Adjustment, amount, party, at, claimId, memo: memo);

    public static LedgerEntry TransferToPatient(Guid id, decimal amount, DateTimeOffset at, Guid? claimId, string? memo = null) =>
        new(id, LedgerEntryKind.TransferToPatient, amount, LedgerParty.Insurance, at, claimId, memo: memo);

    public static LedgerEntry PatientPayment(Guid id, decimal amount, DateTimeOffset at, Guid? claimId = null, bool isOverpayment = false, string? memo = null) =>
        new(id, LedgerEntryKind.PatientPayment, amount, LedgerParty.Patient, at, claimId, isOverpayment: isOverpayment, memo: memo);

    public static LedgerEntry Refund(Guid id, decimal amount, DateTimeOffset at, Guid? claimId, LedgerParty to, string? memo = null) =>
        new(id, LedgerEntryKind.Refund, amount, to, at, claimId, memo: memo);

    public static LedgerEntry WriteOff(Guid id, decimal amount, DateTimeOffset at, Guid? claimId, LedgerParty party, string? memo = null) =>
        new(id, LedgerEntryKind.WriteOff, amount, party, at, claimId, memo: memo);

    private static LedgerParty? RequiredParty(LedgerEntryKind kind) => kind switch
    {
        LedgerEntryKind.InsurancePayment or LedgerEntryKind.TransferToPatient => LedgerParty.Insurance,
        LedgerEntryKind.PatientPayment => LedgerParty.Patient,
        _ => null,
    };

    private (decimal Insurance, decimal Patient) Effect()
    {
        var owedMore = Kind is LedgerEntryKind.Charge or LedgerEntryKind.Refund;
        var (insurance, patient) = Kind switch
        {
            LedgerEntryKind.TransferToPatient => (-Amount, Amount),
            _ when Party == LedgerParty.Insurance => (owedMore ? Amount : -Amount, 0m),
            _ => (0m, owedMore ? Amount : -Amount),
        };
        return IsReversal ? (-insurance, -patient) : (insurance, patient);
    }
}
