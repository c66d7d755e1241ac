using GraphQL.Resolvers;
using GraphQL.Types;

namespace RevenueCycle.GraphQL.Relay;

/// <summary><c>PageInfo</c> as the Relay server specification defines it.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(p => p.HasNextPage);
        Field(p => p.HasPreviousPage);
        Field(p => p.StartCursor, nullable: true);
        Field(p => p.EndCursor, nullable: true);
    }
}

/// <summary><c>XsConnection</c> with edges, nodes, pageInfo and totalCount, named as HotChocolate names them.</summary>
public class ConnectionType<TNodeType, T> : ObjectGraphType<Connection<T>> where TNodeType : IGraphType
{
    public ConnectionType(string plural)
    {
        Name = plural + "Connection";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        // The edge type is an instance so that it can carry the plural name (ClaimsEdge) like the connection.
        AddField(new FieldType
        {
            Name = "edges",
            ResolvedType = new ListGraphType(new NonNullGraphType(new EdgeType<TNodeType, T>(plural))),
            Resolver = new FuncFieldResolver<Connection<T>, object?>(c => c.Source.Edges),
        });
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("All items matching the filter, across pages (one COUNT query, run only when asked for).")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
    }
}

public sealed class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>> where TNodeType : IGraphType
{
    public EdgeType(string plural)
    {
        Name = plural + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}
