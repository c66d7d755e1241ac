using RevenueCycle.Workflows;
using static RevenueCycle.Denials.DenialAction;
using static RevenueCycle.Denials.DenialStatus;

namespace RevenueCycle.Denials;

/// <summary>
/// The denial work-queue life cycle of DESIGN §3, plus these choices where DESIGN is silent:
/// <list type="bullet">
/// <item>An appeal is filed only after review (OPEN → IN_REVIEW → APPEALED).</item>
/// <item>UPHELD → APPEALED: payers allow further appeal levels.</item>
/// <item>WRITTEN_OFF (always with a reason) and RESOLVED (a corrected claim or the payer's own reprocessing
/// paid) are reachable from OPEN, IN_REVIEW and UPHELD, not while an appeal is pending.</item>
/// <item>OVERTURNED, WRITTEN_OFF and RESOLVED are terminal; the money that follows an overturned appeal is
/// tracked on the claim and ledger.</item>
/// </list>
/// </summary>
public static class DenialWorkflow
{
    public static TransitionTable<DenialStatus, DenialAction> Table { get; } = new("Denial",
    [
        new(Open, InReview, Review),
        new(InReview, Appealed, Appeal),
        new(Upheld, Appealed, Appeal),
        new(Appealed, Overturned, Overturn),
        new(Appealed, Upheld, Uphold),
        new(Open, WrittenOff, WriteOff, RequiresReason: true),
        new(InReview, WrittenOff, WriteOff, RequiresReason: true),
        new(Upheld, WrittenOff, WriteOff, RequiresReason: true),
        new(Open, Resolved, Resolve),
        new(InReview, Resolved, Resolve),
        new(Upheld, Resolved, Resolve),
    ]);

    public static IReadOnlyList<WorkflowTransition<DenialStatus, DenialAction>> Transitions => Table.Transitions;

    public static bool CanTransition(DenialStatus from, DenialStatus to) => Table.CanTransition(from, to);

    public static IReadOnlyList<DenialStatus> AllowedFrom(DenialStatus from) => Table.AllowedFrom(from);

    public static DenialStatus? TargetOf(DenialStatus from, DenialAction action) => Table.TargetOf(from, action);

    /// <exception cref="InvalidTransitionException">The move is not in the table or lacks a required reason.</exception>
    public static StatusChange<DenialStatus> Transition(DenialStatus from, DenialStatus to, string actor, string? reason, DateTimeOffset at) =>
        Table.Apply(from, to, actor, reason, at);
}
