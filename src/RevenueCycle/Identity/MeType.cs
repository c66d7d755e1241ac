using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Identity;

public sealed class MeType : ObjectGraphType<Me>
{
    public MeType()
    {
        Name = "Me";
        Description = "The signed-in caller.";
        Field(m => m.Actor).Description("User name, or the client id for integrations.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Resolve(c => c.Source.Roles);
        Field(m => m.ClientId, nullable: true);
        Field<NonNullGraphType<TenantType>>("tenant").Resolve(c => c.LoadById<Tenant>(c.Source.TenantId));
    }
}
