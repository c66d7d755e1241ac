namespace RevenueCycle.Ledger;

/// <summary>A ledger entry was refused; nothing was appended.</summary>
public sealed class LedgerException : InvalidOperationException
{
    public LedgerException(LedgerError error, string message) : base(message) => Error = error;

    public LedgerError Error { get; }
}
