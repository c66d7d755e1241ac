namespace RevenueCycle.Workflows;

/// <summary>
/// One row of a workflow's transition table: the move from <see cref="From"/> to <see cref="To"/> that the
/// named <see cref="Action"/> performs. Some moves must say why (voids, write-offs, holds), so the audit
/// trail never holds an unexplained reversal of work.
/// </summary>
public sealed record WorkflowTransition<TStatus, TAction>(TStatus From, TStatus To, TAction Action, bool RequiresReason = false)
    where TStatus : struct, Enum
    where TAction : struct, Enum;
