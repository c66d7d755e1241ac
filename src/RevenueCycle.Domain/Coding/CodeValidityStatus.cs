namespace RevenueCycle.Coding;

/// <summary>Why a code can or cannot be billed on a date of service; scrub edits turn these into findings.</summary>
public enum CodeValidityStatus { Valid, UnknownCode, NotYetEffective, Expired, NotBillable }
