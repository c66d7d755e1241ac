namespace RevenueCycle.GraphQL.Relay;

/// <summary>One page of a Relay connection. The total is counted only when a client asks for it.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> count)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
    public PageInfo PageInfo { get; } = pageInfo;
    public Task<int> CountAsync(CancellationToken cancellationToken) => count(cancellationToken);
}

/// <summary>A row and its cursor. The cursor is encoded only when a client selects it: most pages ask for nodes only.</summary>
public sealed class Edge<T>(T node, Func<T, string> encodeCursor)
{
    private string? _cursor;

    public T Node { get; } = node;
    public string Cursor => _cursor ??= encodeCursor(Node);
}

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
