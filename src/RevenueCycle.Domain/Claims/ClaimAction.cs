namespace RevenueCycle.Claims;

/// <summary>The named steps that move a claim between statuses (see <see cref="ClaimWorkflow"/>).</summary>
public enum ClaimAction { Scrub, Reopen, Submit, Accept, Reject, Correct, Pay, PartiallyPay, Deny, Appeal, Close, Void }
