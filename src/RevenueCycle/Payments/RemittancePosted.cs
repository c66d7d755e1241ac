using RevenueCycle.Events;

namespace RevenueCycle.Payments;

/// <summary>An ERA/EOB was posted: payments, adjustments and patient responsibility are on the claims.</summary>
public sealed record RemittancePosted(Guid RemittanceId, string TraceNumber, string PayerName, decimal Amount, int ClaimCount,
    string Actor, DateTime At) : WorkflowEvent(At);
