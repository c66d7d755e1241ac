using RevenueCycle.Events;

namespace RevenueCycle.Claims;

/// <summary>A claim moved from one status to another (DESIGN §3); <see cref="PreviousStatus"/> is null for a new claim.</summary>
public sealed record ClaimStatusChanged(Guid ClaimId, string Number, ClaimStatus? PreviousStatus, ClaimStatus Status,
    string Actor, DateTime At, string? Reason) : WorkflowEvent(At);
