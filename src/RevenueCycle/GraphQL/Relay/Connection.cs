namespace RevenueCycle.GraphQL.Relay;

/// <summary>One page of a Relay connection. The total is counted only when a client asks for it.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> count)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
    public PageInfo PageInfo { get; } = pageInfo;
    public Task<int> CountAsync(CancellationToken cancellationToken) => count(cancellationToken);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
