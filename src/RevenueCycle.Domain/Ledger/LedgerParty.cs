namespace RevenueCycle.Ledger;

/// <summary>Whose responsibility an entry changes: insurance (all payers of the account) or the patient.</summary>
public enum LedgerParty { Insurance, Patient }
