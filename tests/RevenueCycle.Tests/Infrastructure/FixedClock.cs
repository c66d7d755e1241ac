namespace RevenueCycle.Infrastructure;

/// <summary>A clock that stands still, so timestamps in responses are deterministic (snapshots, aging).</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Default = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);

    public FixedClock() : this(Default) { }

    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>A clock that moves only when a test says so (credentials expiring while a subscription runs).</summary>
public sealed class ManualClock : TimeProvider
{
    private long _ticks = FixedClock.Default.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
