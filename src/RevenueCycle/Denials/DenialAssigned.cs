using RevenueCycle.Events;

namespace RevenueCycle.Denials;

/// <summary>A denial was given to (or taken from) someone's work queue.</summary>
public sealed record DenialAssigned(Guid DenialId, Guid ClaimId, string? PreviousOwner, string? Owner,
    string Actor, DateTime At) : WorkflowEvent(At);
