using RevenueCycle.Data;
using RevenueCycle.Events;

namespace RevenueCycle.Claims;

/// <summary>
/// The one way a claim changes status: the workflow checks the move, and the history row is written with it.
/// Remittance posting and acknowledgement import use it too, so every path records the same history.
/// </summary>
public static class ClaimMoves
{
    /// <exception cref="Workflows.InvalidTransitionException">The workflow refuses the move.</exception>
    public static void Move(this RevenueCycleDb db, Claim claim, ClaimStatus to, string actor, DateTimeOffset at, string? reason = null, ClaimFacts? facts = null)
    {
        var change = ClaimWorkflow.Transition(claim.Status, to, actor, reason, at, facts);
        db.ClaimStatusChanges.Add(new ClaimStatusChange { ClaimId = claim.Id, From = change.From, To = change.To, Actor = actor, Reason = change.Reason, At = at.UtcDateTime });
        claim.Status = to;
        // Published to subscribers only once the transaction carrying this change commits (outbox).
        db.Publish(new ClaimStatusChanged(claim.Id, claim.Number, change.From, to, actor, at.UtcDateTime, change.Reason));
    }

    /// <summary>The first history row of a new claim (from nothing to its initial status).</summary>
    public static void RecordCreated(this RevenueCycleDb db, Claim claim, string actor, DateTimeOffset at, string? reason = null)
    {
        db.ClaimStatusChanges.Add(new ClaimStatusChange { ClaimId = claim.Id, From = null, To = claim.Status, Actor = actor, Reason = reason, At = at.UtcDateTime });
        db.Publish(new ClaimStatusChanged(claim.Id, claim.Number, null, claim.Status, actor, at.UtcDateTime, reason));
    }
}
