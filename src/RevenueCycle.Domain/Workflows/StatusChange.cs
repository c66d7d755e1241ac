namespace RevenueCycle.Workflows;

/// <summary>One recorded workflow step: what the status was, what it became, who moved it, why and when.</summary>
public sealed record StatusChange<TStatus>(TStatus From, TStatus To, string Actor, string? Reason, DateTimeOffset At)
    where TStatus : struct, Enum;
