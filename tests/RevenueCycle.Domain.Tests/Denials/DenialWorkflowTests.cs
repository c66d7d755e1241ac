using RevenueCycle.Workflows;
using static RevenueCycle.Denials.DenialAction;
using static RevenueCycle.Denials.DenialStatus;

namespace RevenueCycle.Denials;

public class DenialWorkflowTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private static readonly Dictionary<DenialStatus, (DenialStatus To, DenialAction Action)[]> Expected = new()
    {
        [Open] = [(InReview, Review), (WrittenOff, WriteOff), (Resolved, Resolve)],
        [InReview] = [(Appealed, Appeal), (WrittenOff, WriteOff), (Resolved, Resolve)],
        [Appealed] = [(Overturned, Overturn), (Upheld, Uphold)],
        [Overturned] = [],
        [Upheld] = [(Appealed, Appeal), (WrittenOff, WriteOff), (Resolved, Resolve)],
        [WrittenOff] = [],
        [Resolved] = [],
    };

    public static TheoryData<DenialStatus, DenialStatus> AllPairs()
    {
        var data = new TheoryData<DenialStatus, DenialStatus>();
        foreach (var from in Enum.GetValues<DenialStatus>())
        foreach (var to in Enum.GetValues<DenialStatus>())
            data.Add(from, to);
        return data;
    }

    public static TheoryData<DenialStatus> AllStatuses() => new(Enum.GetValues<DenialStatus>());

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_pair_is_allowed_or_refused_as_the_table_says(DenialStatus from, DenialStatus to)
    {
        var expected = Expected[from].Where(e => e.To == to).Select(e => (DenialAction?)e.Action).SingleOrDefault();

        Assert.Equal(expected is not null, DenialWorkflow.CanTransition(from, to));
        if (expected is { } action)
        {
            var change = DenialWorkflow.Transition(from, to, "biller-2", "timely filing", At);
            Assert.Equal(new StatusChange<DenialStatus>(from, to, "biller-2", "timely filing", At), change);
            Assert.Equal(action, DenialWorkflow.Table.Find(from, to)!.Action);
            Assert.Equal(to, DenialWorkflow.TargetOf(from, action));
        }
        else
        {
            var ex = Assert.Throws<InvalidTransitionException>(() => DenialWorkflow.Transition(from, to, "biller-2", "timely filing", At));
            Assert.Equal("Denial", ex.EntityKind);
            Assert.Equal(from, ex.From);
            Assert.Equal(to, ex.To);
            Assert.Contains(StatusNames.Of(from), ex.Message, StringComparison.Ordinal);
            Assert.Contains(StatusNames.Of(to), ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void AllowedFrom_lists_exactly_the_expected_targets(DenialStatus from) =>
        Assert.Equal(Expected[from].Select(e => e.To).Order(), DenialWorkflow.AllowedFrom(from).Order());

    [Fact]
    public void Table_has_no_rows_beyond_the_expected_ones() =>
        Assert.Equal(Expected.Values.Sum(v => v.Length), DenialWorkflow.Transitions.Count);

    [Fact]
    public void Writing_off_needs_a_reason()
    {
        var ex = Assert.Throws<InvalidTransitionException>(() => DenialWorkflow.Transition(InReview, WrittenOff, "biller", " ", At));
        Assert.Equal("WriteOff requires a reason", ex.Guard);
        Assert.Equal("Denial cannot move from IN_REVIEW to WRITTEN_OFF: WriteOff requires a reason.", ex.Message);
    }
}
