using GraphQL.Types;

namespace RevenueCycle.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface: anything with a global ID can be fetched by <c>node(id:)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque ID.";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
