using GraphQL;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.Tenancy;

public sealed class TenantType : NodeType<Tenant>
{
    public TenantType() : base("Tenant", "A practice or billing company: the owner of all data you can see.")
    {
        Field(t => t.Name);
        Field(t => t.Slug);
        Field(t => t.BillingNpi, nullable: true);
        Field(t => t.TaxId, nullable: true).AuthorizeWithRoles(Identity.Roles.TenantAdmin, Identity.Roles.Biller);
        Field(t => t.TimeZone);
    }
}
