using RevenueCycle.Data;

namespace RevenueCycle.Denials;

/// <summary>The one way a denial changes status: checked by the workflow, recorded in its history.</summary>
public static class DenialMoves
{
    public static void Move(this RevenueCycleDb db, Denial denial, DenialStatus to, string actor, DateTimeOffset at, string? reason = null)
    {
        var change = DenialWorkflow.Transition(denial.Status, to, actor, reason, at);
        db.DenialStatusChanges.Add(new DenialStatusChange { DenialId = denial.Id, From = change.From, To = change.To, Actor = actor, Reason = change.Reason, At = at.UtcDateTime });
        denial.Status = to;
    }

    public static void RecordCreated(this RevenueCycleDb db, Denial denial, string actor, DateTimeOffset at) =>
        db.DenialStatusChanges.Add(new DenialStatusChange { DenialId = denial.Id, From = null, To = denial.Status, Actor = actor, At = at.UtcDateTime });
}
