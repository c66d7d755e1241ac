using GraphQL.Types;
using RevenueCycle.Tenancy;

namespace RevenueCycle.GraphQL.Mutations;

/// <summary>The root mutation. Each feature adds its own fields from its folder (XMutations.Register), like QueryType.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        UserAdminMutations.Register(this);
        ApiClientMutations.Register(this);
        TenantMutations.Register(this);
    }
}
