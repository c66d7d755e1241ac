namespace RevenueCycle.Workflows;

/// <summary>
/// The allowed moves of one workflow. Shared by the encounter, claim and denial workflows so that all
/// three refuse, record and explain transitions the same way.
/// </summary>
public sealed class TransitionTable<TStatus, TAction>
    where TStatus : struct, Enum
    where TAction : struct, Enum
{
    private readonly Dictionary<(TStatus From, TStatus To), WorkflowTransition<TStatus, TAction>> _byPair = [];
    private readonly Dictionary<(TStatus From, TAction Action), WorkflowTransition<TStatus, TAction>> _byAction = [];

    public TransitionTable(string entityKind, IEnumerable<WorkflowTransition<TStatus, TAction>> transitions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityKind);
        ArgumentNullException.ThrowIfNull(transitions);
        EntityKind = entityKind;
        var list = new List<WorkflowTransition<TStatus, TAction>>();
        foreach (var t in transitions)
        {
            // A self-move would record history without changing anything; the tables never need one.
            if (EqualityComparer<TStatus>.Default.Equals(t.From, t.To))
                throw new ArgumentException($"{entityKind}: self-transition {t.From} is not allowed.", nameof(transitions));
            if (!_byPair.TryAdd((t.From, t.To), t))
                throw new ArgumentException($"{entityKind}: duplicate transition {t.From} -> {t.To}.", nameof(transitions));
            if (!_byAction.TryAdd((t.From, t.Action), t))
                throw new ArgumentException($"{entityKind}: action {t.Action} from {t.From} is ambiguous.", nameof(transitions));
            list.Add(t);
        }
        Transitions = list.AsReadOnly();
    }

    public string EntityKind { get; }

    public IReadOnlyList<WorkflowTransition<TStatus, TAction>> Transitions { get; }

    public bool CanTransition(TStatus from, TStatus to) => _byPair.ContainsKey((from, to));

    public IReadOnlyList<TStatus> AllowedFrom(TStatus from) =>
        Transitions.Where(t => EqualityComparer<TStatus>.Default.Equals(t.From, from)).Select(t => t.To).ToList().AsReadOnly();

    public bool IsTerminal(TStatus status) => !Transitions.Any(t => EqualityComparer<TStatus>.Default.Equals(t.From, status));

    public WorkflowTransition<TStatus, TAction>? Find(TStatus from, TStatus to) => _byPair.GetValueOrDefault((from, to));

    /// <summary>Where <paramref name="action"/> leads from <paramref name="from"/>, or null when it cannot be taken there.</summary>
    public TStatus? TargetOf(TStatus from, TAction action) =>
        _byAction.TryGetValue((from, action), out var t) ? t.To : null;

    /// <summary>
    /// Checks the table, the reason requirement and the caller's guard verdict, then records the change.
    /// </summary>
    /// <param name="guardFailure">Why a workflow-specific guard refused the move, or null when it passed.</param>
    public StatusChange<TStatus> Apply(TStatus from, TStatus to, string actor, string? reason, DateTimeOffset at, string? guardFailure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var transition = Find(from, to) ?? throw new InvalidTransitionException(EntityKind, from, to);
        if (transition.RequiresReason && string.IsNullOrWhiteSpace(reason))
            throw new InvalidTransitionException(EntityKind, from, to, $"{transition.Action} requires a reason");
        if (guardFailure is not null)
            throw new InvalidTransitionException(EntityKind, from, to, guardFailure);
        return new StatusChange<TStatus>(from, to, actor, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), at);
    }
}
