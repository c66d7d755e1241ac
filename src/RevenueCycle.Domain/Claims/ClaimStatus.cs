namespace RevenueCycle.Claims;

public enum ClaimStatus { Draft, Ready, Submitted, Accepted, Rejected, Paid, PartiallyPaid, Denied, Appealed, Closed, Voided }
