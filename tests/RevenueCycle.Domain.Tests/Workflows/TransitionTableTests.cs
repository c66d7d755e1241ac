namespace RevenueCycle.Workflows;

public class TransitionTableTests
{
    private enum Light { Red, Green, Amber }

    private enum Change { Go, Slow, Stop }

    [Fact]
    public void Self_duplicate_and_ambiguous_rows_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new TransitionTable<Light, Change>("Light", [new(Light.Red, Light.Red, Change.Go)]));
        Assert.Throws<ArgumentException>(() => new TransitionTable<Light, Change>("Light",
            [new(Light.Red, Light.Green, Change.Go), new(Light.Red, Light.Green, Change.Slow)]));
        Assert.Throws<ArgumentException>(() => new TransitionTable<Light, Change>("Light",
            [new(Light.Red, Light.Green, Change.Go), new(Light.Red, Light.Amber, Change.Go)]));
    }

    [Fact]
    public void A_failed_guard_is_reported_with_both_states()
    {
        var table = new TransitionTable<Light, Change>("Light", [new(Light.Green, Light.Amber, Change.Slow)]);
        var ex = Assert.Throws<InvalidTransitionException>(() => table.Apply(Light.Green, Light.Amber, "ops", null, DateTimeOffset.UnixEpoch, "sensor offline"));
        Assert.Equal("Light cannot move from GREEN to AMBER: sensor offline.", ex.Message);
        Assert.Equal("sensor offline", ex.Guard);
    }

    [Theory]
    [InlineData(Claims.ClaimStatus.PartiallyPaid, "PARTIALLY_PAID")]
    [InlineData(Denials.DenialStatus.WrittenOff, "WRITTEN_OFF")]
    [InlineData(Encounters.EncounterStatus.OnHold, "ON_HOLD")]
    [InlineData(Claims.ClaimStatus.Draft, "DRAFT")]
    public void Status_names_follow_the_schema(object status, string name) => Assert.Equal(name, StatusNames.Of((Enum)status));
}
