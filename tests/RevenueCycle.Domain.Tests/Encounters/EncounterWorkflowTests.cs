using RevenueCycle.Workflows;
using static RevenueCycle.Encounters.EncounterAction;
using static RevenueCycle.Encounters.EncounterStatus;

namespace RevenueCycle.Encounters;

public class EncounterWorkflowTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private static readonly Dictionary<EncounterStatus, (EncounterStatus To, EncounterAction Action)[]> Expected = new()
    {
        [Open] = [(Documented, Document)],
        [Documented] = [(OnHold, QueryProvider), (Coded, Code)],
        [OnHold] = [(Documented, AnswerQuery)],
        [Coded] = [(Documented, Reopen), (Billed, Bill)],
        [Billed] = [],
    };

    private static readonly EncounterFacts Passing = new(NotesSigned: true, DiagnosisCount: 1, ServiceLineCount: 1);

    public static TheoryData<EncounterStatus, EncounterStatus> AllPairs()
    {
        var data = new TheoryData<EncounterStatus, EncounterStatus>();
        foreach (var from in Enum.GetValues<EncounterStatus>())
        foreach (var to in Enum.GetValues<EncounterStatus>())
            data.Add(from, to);
        return data;
    }

    public static TheoryData<EncounterStatus> AllStatuses() => new(Enum.GetValues<EncounterStatus>());

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_pair_is_allowed_or_refused_as_the_table_says(EncounterStatus from, EncounterStatus to)
    {
        var expected = Expected[from].Where(e => e.To == to).Select(e => (EncounterAction?)e.Action).SingleOrDefault();

        Assert.Equal(expected is not null, EncounterWorkflow.CanTransition(from, to));
        if (expected is { } action)
        {
            var change = EncounterWorkflow.Transition(from, to, "coder-7", "why", At, Passing);
            Assert.Equal(new StatusChange<EncounterStatus>(from, to, "coder-7", "why", At), change);
            Assert.Equal(action, EncounterWorkflow.Table.Find(from, to)!.Action);
            Assert.Equal(to, EncounterWorkflow.TargetOf(from, action));
        }
        else
        {
            var ex = Assert.Throws<InvalidTransitionException>(() => EncounterWorkflow.Transition(from, to, "coder-7", "why", At, Passing));
            Assert.Equal("Encounter", ex.EntityKind);
            Assert.Equal(from, ex.From);
            Assert.Equal(to, ex.To);
            Assert.Contains(StatusNames.Of(from), ex.Message, StringComparison.Ordinal);
            Assert.Contains(StatusNames.Of(to), ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void AllowedFrom_lists_exactly_the_expected_targets(EncounterStatus from) =>
        Assert.Equal(Expected[from].Select(e => e.To).Order(), EncounterWorkflow.AllowedFrom(from).Order());

    [Fact]
    public void Table_has_no_rows_beyond_the_expected_ones() =>
        Assert.Equal(Expected.Values.Sum(v => v.Length), EncounterWorkflow.Transitions.Count);

    [Fact]
    public void On_hold_is_entered_only_from_documented_and_left_only_back_to_it()
    {
        Assert.Equal([Documented], Enum.GetValues<EncounterStatus>().Where(s => EncounterWorkflow.CanTransition(s, OnHold)));
        Assert.Equal([Documented], EncounterWorkflow.AllowedFrom(OnHold));
    }

    [Fact]
    public void Holding_needs_the_query_as_reason()
    {
        var ex = Assert.Throws<InvalidTransitionException>(() => EncounterWorkflow.Transition(Documented, OnHold, "coder", null, At));
        Assert.Equal("QueryProvider requires a reason", ex.Guard);
        Assert.Equal("Laterality of the fracture?", EncounterWorkflow.Transition(Documented, OnHold, "coder", "Laterality of the fracture?", At).Reason);
    }

    [Fact]
    public void Documented_needs_signed_notes()
    {
        Assert.Throws<InvalidTransitionException>(() => EncounterWorkflow.Transition(Open, Documented, "dr", null, At));
        var ex = Assert.Throws<InvalidTransitionException>(
            () => EncounterWorkflow.Transition(Open, Documented, "dr", null, At, new EncounterFacts(NotesSigned: false)));
        Assert.Equal("the notes must be signed", ex.Guard);
        Assert.Equal(Documented, EncounterWorkflow.Transition(Open, Documented, "dr", null, At, new EncounterFacts(NotesSigned: true)).To);
    }

    [Theory]
    [InlineData(null, 1, "at least one diagnosis is required")]
    [InlineData(0, 1, "at least one diagnosis is required")]
    [InlineData(1, null, "at least one service line is required")]
    [InlineData(2, 0, "at least one service line is required")]
    public void Coded_needs_a_diagnosis_and_a_line(int? diagnoses, int? lines, string guard)
    {
        var ex = Assert.Throws<InvalidTransitionException>(
            () => EncounterWorkflow.Transition(Documented, Coded, "coder", null, At, new EncounterFacts(DiagnosisCount: diagnoses, ServiceLineCount: lines)));
        Assert.Equal(guard, ex.Guard);
    }
}
