using System.Diagnostics.Tracing;

namespace RevenueCycle.Benchmarks;

/// <summary>
/// Where an operation's allocations go, by type: the runtime raises GCAllocationTick about every 100 KB allocated,
/// naming the type of the object that crossed the mark, so the counts per type are a sample proportional to bytes.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytes = [];
    private readonly Lock _lock = new();
    public long Total { get; private set; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick") || e.Payload is null) return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
        lock (_lock)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
            Total += amount;
        }
    }

    public IEnumerable<(string Type, long Bytes)> Top(int count)
    {
        lock (_lock) return _bytes.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value)).ToList();
    }
}
