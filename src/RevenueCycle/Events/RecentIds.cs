namespace RevenueCycle.Events;

/// <summary>The last <c>capacity</c> ids seen, oldest forgotten first: enough to drop duplicate deliveries.</summary>
internal sealed class RecentIds(int capacity)
{
    private readonly HashSet<Guid> _set = [];
    private readonly Queue<Guid> _order = new();

    /// <summary>Adds the id; false when it was already there.</summary>
    public bool Add(Guid id)
    {
        lock (_set)
        {
            if (!_set.Add(id)) return false;
            _order.Enqueue(id);
            if (_order.Count > capacity) _set.Remove(_order.Dequeue());
            return true;
        }
    }
}
