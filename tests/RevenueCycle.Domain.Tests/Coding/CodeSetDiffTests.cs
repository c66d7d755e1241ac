namespace RevenueCycle.Coding;

public class CodeSetDiffTests
{
    private static readonly DateOnly Y2024 = new(2024, 1, 1);
    private static readonly DateOnly Y2025 = new(2025, 1, 1);

    private static CodeVersion Stored(string code, string description, DateOnly from, DateOnly? to = null, bool billable = true) =>
        new(code, description, null, from, to, billable);

    private static ReleaseCode Listed(string code, string description, bool billable = true) => new(code, description, null, billable);

    [Fact]
    public void A_release_adds_retires_revises_and_confirms()
    {
        CodeVersion[] stored =
        [
            Stored("A0001", "Same", Y2024),
            Stored("A0002", "Old wording", Y2024),
            Stored("A0003", "Dropped", Y2024),
            Stored("A0004", "Header now", Y2024),
            Stored("A0005", "Retired long ago", new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 31)),
        ];
        ReleaseCode[] release =
        [
            Listed("A0001", "Same"), Listed("A0002", "New wording"), Listed("A0004", "Header now", billable: false),
            Listed("A0005", "Back again"), Listed("A0006", "Brand new"),
        ];

        var changes = CodeSetDiff.Compute(stored, release, Y2025);

        Assert.Equal([Stored("A0005", "Back again", Y2025), Stored("A0006", "Brand new", Y2025)], changes.Added);
        Assert.Equal([Stored("A0003", "Dropped", Y2024, new DateOnly(2024, 12, 31))], changes.Retired);
        Assert.Equal(
            [
                new CodeRevision(Stored("A0002", "Old wording", Y2024, new DateOnly(2024, 12, 31)), Stored("A0002", "New wording", Y2025)),
                new CodeRevision(Stored("A0004", "Header now", Y2024, new DateOnly(2024, 12, 31)), Stored("A0004", "Header now", Y2025, billable: false)),
            ],
            changes.Revised);
        Assert.Equal([stored[0]], changes.Unchanged);
        Assert.False(changes.IsEmpty);
    }

    [Fact]
    public void Applying_keeps_history_and_a_second_import_changes_nothing()
    {
        CodeVersion[] stored = [Stored("A0002", "Old wording", Y2024), Stored("A0003", "Dropped", Y2024)];
        ReleaseCode[] release = [Listed("A0002", "New wording"), Listed("A0006", "Brand new")];

        var after = CodeSetDiff.Apply(stored, CodeSetDiff.Compute(stored, release, Y2025));

        Assert.Equal(4, after.Count);
        Assert.Equal(2, after.Count(v => v.Code == "A0002"));
        Assert.Equal(new DateOnly(2024, 12, 31), after.Single(v => v.Code == "A0003").EffectiveTo);
        var again = CodeSetDiff.Compute(after, release, Y2025);
        Assert.True(again.IsEmpty);
        Assert.Equal(2, again.Unchanged.Count);
    }

    [Fact]
    public void A_scheduled_end_date_is_kept()
    {
        var ending = Stored("A0001", "Ends in spring", Y2024, new DateOnly(2025, 3, 31));
        var changes = CodeSetDiff.Compute([ending], [Listed("A0001", "Ends in spring")], Y2025);
        Assert.Equal([ending], changes.Unchanged);

        var revised = CodeSetDiff.Compute([ending], [Listed("A0001", "Reworded")], Y2025);
        Assert.Equal(new DateOnly(2025, 3, 31), Assert.Single(revised.Revised).Opened.EffectiveTo);
    }

    [Fact]
    public void Releases_that_would_rewrite_history_are_refused()
    {
        CodeVersion[] stored = [Stored("A0001", "Current", Y2025)];
        Assert.Throws<ArgumentException>(() => CodeSetDiff.Compute(stored, [Listed("A0001", "Current")], Y2024));
        Assert.Throws<ArgumentException>(() => CodeSetDiff.Compute(stored, [], Y2024));
        Assert.Throws<ArgumentException>(() => CodeSetDiff.Compute(stored, [], Y2025));
        Assert.Throws<ArgumentException>(() => CodeSetDiff.Compute(stored, [Listed("A0001", "Corrected")], Y2025));
        Assert.Throws<ArgumentException>(() => CodeSetDiff.Compute([], [Listed("A0001", "x"), Listed("A0001", "y")], Y2025));
    }
}
