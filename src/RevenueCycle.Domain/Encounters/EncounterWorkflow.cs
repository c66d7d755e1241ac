using RevenueCycle.Workflows;
using static RevenueCycle.Encounters.EncounterAction;
using static RevenueCycle.Encounters.EncounterStatus;

namespace RevenueCycle.Encounters;

/// <summary>
/// The encounter life cycle of DESIGN §3, plus these choices where DESIGN is silent:
/// <list type="bullet">
/// <item>DOCUMENTED needs signed notes; CODED needs at least one diagnosis and one service line.</item>
/// <item>ON_HOLD (a coder's query to the provider) is entered only from DOCUMENTED, with the query as the
/// reason, and left only back to DOCUMENTED.</item>
/// <item>CODED → DOCUMENTED (<see cref="EncounterAction.Reopen"/>, with a reason): a late addendum or a coding
/// correction before billing reopens the chart.</item>
/// <item>BILLED is terminal: corrections after billing are made on the claims (replacement frequency 7,
/// void frequency 8), not by re-opening the encounter.</item>
/// </list>
/// </summary>
public static class EncounterWorkflow
{
    public static TransitionTable<EncounterStatus, EncounterAction> Table { get; } = new("Encounter",
    [
        new(Open, Documented, Document),
        new(Documented, OnHold, QueryProvider, RequiresReason: true),
        new(OnHold, Documented, AnswerQuery),
        new(Documented, Coded, Code),
        new(Coded, Documented, Reopen, RequiresReason: true),
        new(Coded, Billed, Bill),
    ]);

    public static IReadOnlyList<WorkflowTransition<EncounterStatus, EncounterAction>> Transitions => Table.Transitions;

    public static bool CanTransition(EncounterStatus from, EncounterStatus to) => Table.CanTransition(from, to);

    public static IReadOnlyList<EncounterStatus> AllowedFrom(EncounterStatus from) => Table.AllowedFrom(from);

    public static EncounterStatus? TargetOf(EncounterStatus from, EncounterAction action) => Table.TargetOf(from, action);

    /// <exception cref="InvalidTransitionException">The move is not in the table or a guard fails.</exception>
    public static StatusChange<EncounterStatus> Transition(
        EncounterStatus from, EncounterStatus to, string actor, string? reason, DateTimeOffset at, EncounterFacts? facts = null) =>
        Table.Apply(from, to, actor, reason, at, GuardFailure(from, to, facts ?? new EncounterFacts()));

    private static string? GuardFailure(EncounterStatus from, EncounterStatus to, EncounterFacts facts) => (from, to) switch
    {
        (Open, Documented) when facts.NotesSigned is not true => "the notes must be signed",
        (Documented, Coded) when facts.DiagnosisCount is null or < 1 => "at least one diagnosis is required",
        (Documented, Coded) when facts.ServiceLineCount is null or < 1 => "at least one service line is required",
        _ => null,
    };
}
