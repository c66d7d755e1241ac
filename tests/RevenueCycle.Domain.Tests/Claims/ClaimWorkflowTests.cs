using RevenueCycle.Workflows;
using static RevenueCycle.Claims.ClaimAction;
using static RevenueCycle.Claims.ClaimStatus;

namespace RevenueCycle.Claims;

public class ClaimWorkflowTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    // The whole claim table, written out independently of the production code.
    private static readonly Dictionary<ClaimStatus, (ClaimStatus To, ClaimAction Action)[]> Expected = new()
    {
        [Draft] = [(Ready, Scrub), (Voided, ClaimAction.Void)],
        [Ready] = [(Draft, Reopen), (Submitted, Submit), (Voided, ClaimAction.Void)],
        [Submitted] = [(Accepted, Accept), (Rejected, Reject), (Voided, ClaimAction.Void)],
        [Accepted] = [(Rejected, Reject), (Paid, Pay), (PartiallyPaid, PartiallyPay), (Denied, Deny), (Voided, ClaimAction.Void)],
        [Rejected] = [(Draft, Correct), (Voided, ClaimAction.Void)],
        [Paid] = [(PartiallyPaid, PartiallyPay), (Denied, Deny), (Closed, Close)],
        [PartiallyPaid] = [(Paid, Pay), (Denied, Deny), (Appealed, Appeal), (Closed, Close)],
        [Denied] = [(Paid, Pay), (PartiallyPaid, PartiallyPay), (Appealed, Appeal), (Closed, Close)],
        [Appealed] = [(Paid, Pay), (PartiallyPaid, PartiallyPay), (Denied, Deny)],
        [Closed] = [],
        [Voided] = [],
    };

    private static readonly ClaimFacts Passing = new(ScrubErrors: 0, InsuranceBalance: 0m);

    public static TheoryData<ClaimStatus, ClaimStatus> AllPairs()
    {
        var data = new TheoryData<ClaimStatus, ClaimStatus>();
        foreach (var from in Enum.GetValues<ClaimStatus>())
        foreach (var to in Enum.GetValues<ClaimStatus>())
            data.Add(from, to);
        return data;
    }

    public static TheoryData<ClaimStatus> AllStatuses() => new(Enum.GetValues<ClaimStatus>());

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_pair_is_allowed_or_refused_as_the_table_says(ClaimStatus from, ClaimStatus to)
    {
        var expected = Expected[from].Where(e => e.To == to).Select(e => (ClaimAction?)e.Action).SingleOrDefault();

        Assert.Equal(expected is not null, ClaimWorkflow.CanTransition(from, to));
        if (expected is { } action)
        {
            var change = ClaimWorkflow.Transition(from, to, "biller-1", "because", At, Passing);
            Assert.Equal(new StatusChange<ClaimStatus>(from, to, "biller-1", "because", At), change);
            Assert.Equal(action, ClaimWorkflow.Table.Find(from, to)!.Action);
            Assert.Equal(to, ClaimWorkflow.TargetOf(from, action));
        }
        else
        {
            var ex = Assert.Throws<InvalidTransitionException>(() => ClaimWorkflow.Transition(from, to, "biller-1", "because", At, Passing));
            Assert.Equal("Claim", ex.EntityKind);
            Assert.Equal(from, ex.From);
            Assert.Equal(to, ex.To);
            Assert.Null(ex.Guard);
            Assert.Contains(StatusNames.Of(from), ex.Message, StringComparison.Ordinal);
            Assert.Contains(StatusNames.Of(to), ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void AllowedFrom_lists_exactly_the_expected_targets(ClaimStatus from)
    {
        Assert.Equal(Expected[from].Select(e => e.To).Order(), ClaimWorkflow.AllowedFrom(from).Order());
        Assert.Equal(Expected[from].Length == 0, ClaimWorkflow.Table.IsTerminal(from));
    }

    [Fact]
    public void Table_has_no_rows_beyond_the_expected_ones() =>
        Assert.Equal(Expected.Values.Sum(v => v.Length), ClaimWorkflow.Transitions.Count);

    [Theory]
    [InlineData(Draft, true)]
    [InlineData(Ready, true)]
    [InlineData(Submitted, true)]
    [InlineData(Accepted, true)]
    [InlineData(Rejected, true)]
    [InlineData(Paid, false)]
    [InlineData(PartiallyPaid, false)]
    [InlineData(Denied, false)]
    [InlineData(Appealed, false)]
    [InlineData(Closed, false)]
    [InlineData(Voided, false)]
    public void Only_states_before_payment_may_be_voided(ClaimStatus status, bool beforePayment)
    {
        Assert.Equal(beforePayment, ClaimWorkflow.IsBeforePayment(status));
        Assert.Equal(beforePayment, ClaimWorkflow.CanTransition(status, Voided));
    }

    [Fact]
    public void Ready_requires_a_clean_scrub()
    {
        var unknown = Assert.Throws<InvalidTransitionException>(() => ClaimWorkflow.Transition(Draft, Ready, "coder", null, At));
        Assert.Equal("the scrub result is required", unknown.Guard);

        var failing = Assert.Throws<InvalidTransitionException>(
            () => ClaimWorkflow.Transition(Draft, Ready, "coder", null, At, new ClaimFacts(ScrubErrors: 2)));
        Assert.Contains("2 error", failing.Message, StringComparison.Ordinal);
        Assert.Contains("DRAFT", failing.Message, StringComparison.Ordinal);
        Assert.Contains("READY", failing.Message, StringComparison.Ordinal);

        var change = ClaimWorkflow.Transition(Draft, Ready, "coder", null, At, new ClaimFacts(ScrubErrors: 0));
        Assert.Equal(Ready, change.To);
        Assert.Null(change.Reason);
    }

    [Theory]
    [InlineData(Paid)]
    [InlineData(PartiallyPaid)]
    [InlineData(Denied)]
    public void Closing_requires_a_zero_insurance_balance(ClaimStatus from)
    {
        Assert.Throws<InvalidTransitionException>(() => ClaimWorkflow.Transition(from, Closed, "biller", null, At));
        var open = Assert.Throws<InvalidTransitionException>(
            () => ClaimWorkflow.Transition(from, Closed, "biller", null, At, new ClaimFacts(InsuranceBalance: 12.5m)));
        Assert.Contains("12.50", open.Guard, StringComparison.Ordinal);

        Assert.Equal(Closed, ClaimWorkflow.Transition(from, Closed, "biller", null, At, new ClaimFacts(InsuranceBalance: 0m)).To);
    }

    [Fact]
    public void Guards_of_other_targets_ignore_unrelated_facts() =>
        Assert.Equal(Submitted, ClaimWorkflow.Transition(Ready, Submitted, "biller", null, At, new ClaimFacts(ScrubErrors: 9, InsuranceBalance: 9m)).To);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Voiding_requires_a_reason(string? reason)
    {
        var ex = Assert.Throws<InvalidTransitionException>(() => ClaimWorkflow.Transition(Submitted, Voided, "biller", reason, At));
        Assert.Equal("Void requires a reason", ex.Guard);
    }

    [Fact]
    public void Reason_is_trimmed_and_actor_is_required()
    {
        Assert.Equal("duplicate claim", ClaimWorkflow.Transition(Draft, Voided, "biller", "  duplicate claim ", At).Reason);
        Assert.Throws<ArgumentException>(() => ClaimWorkflow.Transition(Ready, Submitted, " ", null, At));
    }

    [Fact]
    public void Refused_transition_message_uses_schema_names()
    {
        var ex = Assert.Throws<InvalidTransitionException>(() => ClaimWorkflow.Transition(PartiallyPaid, Draft, "biller", null, At));
        Assert.Equal("Claim cannot move from PARTIALLY_PAID to DRAFT.", ex.Message);
        Assert.Equal("PARTIALLY_PAID", ex.FromName);
        Assert.Equal("DRAFT", ex.ToName);
    }

    [Fact]
    public void Actions_that_do_not_apply_have_no_target()
    {
        Assert.Null(ClaimWorkflow.TargetOf(Draft, Submit));
        Assert.Null(ClaimWorkflow.TargetOf(Closed, Appeal));
        Assert.Equal(Appealed, ClaimWorkflow.TargetOf(Denied, Appeal));
    }

    [Fact]
    public void A_full_life_cycle_records_every_step()
    {
        var steps = new (ClaimStatus To, ClaimFacts? Facts)[]
        {
            (Ready, new ClaimFacts(ScrubErrors: 0)), (Submitted, null), (Rejected, null), (Draft, null),
            (Ready, new ClaimFacts(ScrubErrors: 0)), (Submitted, null), (Accepted, null), (Denied, null),
            (Appealed, null), (PartiallyPaid, null), (Closed, new ClaimFacts(InsuranceBalance: 0m)),
        };
        var status = Draft;
        var history = new List<StatusChange<ClaimStatus>>();
        foreach (var (to, facts) in steps)
        {
            var change = ClaimWorkflow.Transition(status, to, "biller", "step", At, facts);
            history.Add(change);
            status = change.To;
        }
        Assert.Equal(Closed, status);
        Assert.Equal(steps.Length, history.Count);
        Assert.All(history.Zip(history.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
    }
}
