namespace RevenueCycle.Ledger;

/// <summary>Why the ledger refused an entry; the GraphQL layer maps these to validation errors.</summary>
public enum LedgerError
{
    AmountNotPositive,
    AmountHasMoreThanTwoDecimals,
    WrongParty,
    OverpaymentFlagNotAllowed,
    ExceedsOpenBalance,
    Overpayment,
    RefundExceedsCredit,
    ReversalTargetNotFound,
    AlreadyReversed,
    CannotReverseReversal,
    ReversalMismatch,
    DuplicateEntryId,
}
