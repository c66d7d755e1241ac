using RevenueCycle.Events;

namespace RevenueCycle.Imports;

/// <summary>
/// How far an import job has got. Jobs publish one every so often (not per row), so a progress bar moves
/// without flooding subscribers.
/// </summary>
public sealed record ImportProgress(Guid JobId, int Processed, int Total, ImportState State, DateTime At, string? Message = null)
    : WorkflowEvent(At);
