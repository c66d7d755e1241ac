using GraphQL.Types;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Loading;

namespace RevenueCycle.GraphQL.Relay;

/// <summary>Base for object types of entities: a Relay node whose <c>id</c> is the opaque global ID.</summary>
public abstract class NodeType<T> : ObjectGraphType<T> where T : Entity
{
    protected NodeType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = o => o is T;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(name, c.Source.Id)).Reads(nameof(Entity.Id));
    }
}
