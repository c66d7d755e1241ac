using System.Security.Claims;

namespace RevenueCycle.GraphQL.Subscriptions;

/// <summary>
/// One connection's view of its principal's <see cref="SubscriberStanding"/>: re-read at most once per
/// <c>maxAge</c> for deliveries (so an event to 1,000 subscribers does not cost 1,000 look-ups), and at once when
/// the connection's periodic timer asks. Concurrent callers share one look-up.
/// </summary>
public sealed class SubscriberCheck(SubscriberRecheck recheck, ClaimsPrincipal user, TimeSpan maxAge)
{
    private readonly Lock _lock = new();
    private Task<SubscriberStanding>? _current;
    // Wall-clock ticks, not the app's TimeProvider: tests stand that clock still, and this is a cadence, not a date.
    private long _startedAt;

    /// <summary>The standing as of at most <c>maxAge</c> ago.</summary>
    public Task<SubscriberStanding> CurrentAsync()
    {
        lock (_lock)
        {
            if (_current is null || (_current.IsCompleted && Environment.TickCount64 - _startedAt >= maxAge.TotalMilliseconds))
                Start();
            return _current!;
        }
    }

    /// <summary>The standing read now (or by a look-up that is already under way).</summary>
    public Task<SubscriberStanding> RefreshAsync()
    {
        lock (_lock)
        {
            if (_current is null || _current.IsCompleted) Start();
            return _current!;
        }
    }

    private void Start()
    {
        _startedAt = Environment.TickCount64;
        _current = recheck.CheckAsync(user, CancellationToken.None);
    }
}
