namespace RevenueCycle.Payers;

public enum PayerKind { Medicare, Medicaid, Commercial, SelfPay, Other }
