namespace RevenueCycle.Workflows;

/// <summary>
/// A workflow refused a status change: either the table has no such move, or a guard (scrub errors,
/// open balance, missing reason …) failed. Nothing has changed when this is thrown.
/// </summary>
public sealed class InvalidTransitionException : InvalidOperationException
{
    public InvalidTransitionException(string entityKind, Enum from, Enum to, string? guard = null)
        : base(BuildMessage(entityKind, from, to, guard))
    {
        EntityKind = entityKind;
        From = from;
        To = to;
        Guard = guard;
    }

    /// <summary>"Claim", "Encounter" or "Denial".</summary>
    public string EntityKind { get; }

    public Enum From { get; }

    public Enum To { get; }

    /// <summary>The failed guard when the move exists in the table but its precondition did not hold; otherwise null.</summary>
    public string? Guard { get; }

    /// <summary>The state name as the GraphQL schema spells it (PARTIALLY_PAID).</summary>
    public string FromName => StatusNames.Of(From);

    public string ToName => StatusNames.Of(To);

    private static string BuildMessage(string entityKind, Enum from, Enum to, string? guard) =>
        guard is null
            ? $"{entityKind} cannot move from {StatusNames.Of(from)} to {StatusNames.Of(to)}."
            : $"{entityKind} cannot move from {StatusNames.Of(from)} to {StatusNames.Of(to)}: {guard}.";
}
