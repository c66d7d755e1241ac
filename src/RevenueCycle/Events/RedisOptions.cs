namespace RevenueCycle.Events;

/// <summary>The <c>Redis</c> configuration section. Without <see cref="ConnectionString"/> events stay in-process.</summary>
public sealed class RedisOptions
{
    /// <summary>A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c> or <c>redis:6379,password=…,ssl=true</c>.</summary>
    public string? ConnectionString { get; set; }
    /// <summary>The pub/sub channel every instance of one deployment shares.</summary>
    public string Channel { get; set; } = "revenuecycle:events";
    /// <summary>How often to try again while Redis is unreachable.</summary>
    public int ReconnectMilliseconds { get; set; } = 1000;
}
