using RevenueCycle.Data;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Subscriptions;

/// <summary>An API on its own SQLite file on a loopback port, with short outbox and init timeouts for tests.</summary>
public class SubscriptionApi : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"revenuecycle-test-{Guid.NewGuid():N}.db");

    public ApiHost Host { get; private set; } = null!;

    protected virtual Dictionary<string, string?> Settings => new()
    {
        ["Outbox:RepublishIntervalMilliseconds"] = "200",
        ["Subscriptions:ConnectionInitTimeoutMilliseconds"] = "1000",
    };

    public Task InitializeAsync()
    {
        Host = new ApiHost(DatabaseProvider.Sqlite, $"Data Source={_file};Pooling=false", kestrel: true, settings: Settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}

/// <summary>Like <see cref="SubscriptionApi"/> but with a tiny per-connection buffer, to provoke a slow consumer.</summary>
public sealed class TinyBufferApi : SubscriptionApi
{
    protected override Dictionary<string, string?> Settings => new(base.Settings) { ["Subscriptions:MaxBufferedMessages"] = "32" };
}

/// <summary>Re-checks every subscriber's credentials every 200 ms (the timer), so revocations show quickly.</summary>
public sealed class QuickRecheckApi : SubscriptionApi
{
    protected override Dictionary<string, string?> Settings => new(base.Settings) { ["Subscriptions:RecheckIntervalMilliseconds"] = "200" };
}

/// <summary>No timer to speak of (10 minutes), but no cached check either: only a delivery can notice a revocation.</summary>
public sealed class RecheckAtDeliveryApi : SubscriptionApi
{
    protected override Dictionary<string, string?> Settings => new(base.Settings)
    {
        ["Subscriptions:RecheckIntervalMilliseconds"] = "600000",
        ["Subscriptions:RecheckMaxAgeMilliseconds"] = "0",
    };
}

/// <summary>No background re-publishing during a test (it would add queries to the ones a test counts).</summary>
public sealed class QuietOutboxApi : SubscriptionApi
{
    protected override Dictionary<string, string?> Settings => new(base.Settings) { ["Outbox:RepublishIntervalMilliseconds"] = "600000" };
}
