namespace RevenueCycle.Infrastructure;

/// <summary>A clock that stands still, so timestamps in responses are deterministic (snapshots, aging).</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Default = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);

    public FixedClock() : this(Default) { }

    public override DateTimeOffset GetUtcNow() => now;
}
