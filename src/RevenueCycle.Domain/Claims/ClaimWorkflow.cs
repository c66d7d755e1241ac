using RevenueCycle.Workflows;
using static RevenueCycle.Claims.ClaimAction;
using static RevenueCycle.Claims.ClaimStatus;

namespace RevenueCycle.Claims;

/// <summary>
/// The claim life cycle of DESIGN §3, plus these choices where DESIGN is silent:
/// <list type="bullet">
/// <item>No self-moves. Re-scrubbing a DRAFT claim is not a transition: a failing scrub leaves DRAFT and
/// stores its findings; only a clean scrub (zero error-severity findings) moves DRAFT → READY.</item>
/// <item>READY → DRAFT (<see cref="ClaimAction.Reopen"/>): editing a scrubbed claim invalidates the scrub, so it must
/// pass again before submission.</item>
/// <item>ACCEPTED → REJECTED: a payer-level 277CA rejection can follow a clearinghouse acceptance.</item>
/// <item>An ERA for a claim still SUBMITTED implies acceptance; the posting layer records SUBMITTED → ACCEPTED
/// and then the adjudication move, so the history keeps DESIGN's shape.</item>
/// <item>Later remittances (supplemental payments, reprocessing, recoupments) move an adjudicated claim among
/// PAID, PARTIALLY_PAID and DENIED to whatever the net adjudication now is.</item>
/// <item>CLOSED requires the insurance balance to be zero (paid, transferred to patient or written off); the
/// patient's share is followed on the account ledger, not on the claim status.</item>
/// <item>CLOSED and VOIDED are terminal. Money that moves after closing is posted to the ledger (reversals) and
/// worked as a denial; corrections after VOIDED are new claims (frequency 7/8 link to the original).</item>
/// <item>VOIDED only before payment (DRAFT, READY, SUBMITTED, ACCEPTED, REJECTED) and always with a reason.</item>
/// </list>
/// </summary>
public static class ClaimWorkflow
{
    public static TransitionTable<ClaimStatus, ClaimAction> Table { get; } = new("Claim",
    [
        new(Draft, Ready, Scrub),
        new(Ready, Draft, Reopen),
        new(Ready, Submitted, Submit),
        new(Submitted, Accepted, Accept),
        new(Submitted, Rejected, Reject),
        new(Accepted, Rejected, Reject),
        new(Rejected, Draft, Correct),
        new(Accepted, Paid, Pay),
        new(Accepted, PartiallyPaid, PartiallyPay),
        new(Accepted, Denied, Deny),
        new(Denied, Appealed, Appeal),
        new(PartiallyPaid, Appealed, Appeal),
        new(Appealed, Paid, Pay),
        new(Appealed, PartiallyPaid, PartiallyPay),
        new(Appealed, Denied, Deny),
        new(PartiallyPaid, Paid, Pay),
        new(Paid, PartiallyPaid, PartiallyPay),
        new(Paid, Denied, Deny),
        new(PartiallyPaid, Denied, Deny),
        new(Denied, Paid, Pay),
        new(Denied, PartiallyPaid, PartiallyPay),
        new(Paid, Closed, Close),
        new(PartiallyPaid, Closed, Close),
        new(Denied, Closed, Close),
        new(Draft, Voided, ClaimAction.Void, RequiresReason: true),
        new(Ready, Voided, ClaimAction.Void, RequiresReason: true),
        new(Submitted, Voided, ClaimAction.Void, RequiresReason: true),
        new(Accepted, Voided, ClaimAction.Void, RequiresReason: true),
        new(Rejected, Voided, ClaimAction.Void, RequiresReason: true),
    ]);

    public static IReadOnlyList<WorkflowTransition<ClaimStatus, ClaimAction>> Transitions => Table.Transitions;

    public static bool CanTransition(ClaimStatus from, ClaimStatus to) => Table.CanTransition(from, to);

    public static IReadOnlyList<ClaimStatus> AllowedFrom(ClaimStatus from) => Table.AllowedFrom(from);

    public static ClaimStatus? TargetOf(ClaimStatus from, ClaimAction action) => Table.TargetOf(from, action);

    /// <summary>True while no payer has adjudicated the claim, i.e. while it may still be voided.</summary>
    public static bool IsBeforePayment(ClaimStatus status) => status is Draft or Ready or Submitted or Accepted or Rejected;

    /// <exception cref="InvalidTransitionException">The move is not in the table or a guard fails.</exception>
    public static StatusChange<ClaimStatus> Transition(
        ClaimStatus from, ClaimStatus to, string actor, string? reason, DateTimeOffset at, ClaimFacts? facts = null) =>
        Table.Apply(from, to, actor, reason, at, GuardFailure(to, facts ?? new ClaimFacts()));

    private static string? GuardFailure(ClaimStatus to, ClaimFacts facts) => to switch
    {
        Ready when facts.ScrubErrors is null => "the scrub result is required",
        Ready when facts.ScrubErrors > 0 => $"the scrub found {facts.ScrubErrors} error(s)",
        Closed when facts.InsuranceBalance is null => "the insurance balance is required",
        Closed when facts.InsuranceBalance != 0m => $"the insurance balance is {facts.InsuranceBalance:0.00}, not zero",
        _ => null,
    };
}
