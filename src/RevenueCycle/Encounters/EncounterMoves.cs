using RevenueCycle.Data;
using RevenueCycle.Events;

namespace RevenueCycle.Encounters;

/// <summary>The one way an encounter changes status: checked by the workflow, recorded in its history.</summary>
public static class EncounterMoves
{
    public static void Move(this RevenueCycleDb db, Encounter encounter, EncounterStatus to, string actor, DateTimeOffset at, string? reason = null, EncounterFacts? facts = null)
    {
        var change = EncounterWorkflow.Transition(encounter.Status, to, actor, reason, at, facts);
        db.EncounterStatusChanges.Add(new EncounterStatusChange { EncounterId = encounter.Id, From = change.From, To = change.To, Actor = actor, Reason = change.Reason, At = at.UtcDateTime });
        encounter.Status = to;
        db.Publish(new EncounterStatusChanged(encounter.Id, change.From, to, actor, at.UtcDateTime, change.Reason));
    }

    /// <summary>The first history row of a new encounter.</summary>
    public static void RecordCreated(this RevenueCycleDb db, Encounter encounter, string actor, DateTimeOffset at)
    {
        db.EncounterStatusChanges.Add(new EncounterStatusChange { EncounterId = encounter.Id, From = null, To = encounter.Status, Actor = actor, At = at.UtcDateTime });
        db.Publish(new EncounterStatusChanged(encounter.Id, null, encounter.Status, actor, at.UtcDateTime, null));
    }
}
