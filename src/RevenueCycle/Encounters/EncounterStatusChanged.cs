using RevenueCycle.Events;

namespace RevenueCycle.Encounters;

/// <summary>An encounter moved through its workflow (documented, on hold, coded, billed).</summary>
public sealed record EncounterStatusChanged(Guid EncounterId, EncounterStatus? PreviousStatus, EncounterStatus Status,
    string Actor, DateTime At, string? Reason) : WorkflowEvent(At);
