using GraphQL.Types;

namespace RevenueCycle.Data;

public sealed class AddressType : ObjectGraphType<Address>
{
    public AddressType()
    {
        Name = "Address";
        Field(a => a.Line1);
        Field(a => a.Line2, nullable: true);
        Field(a => a.City);
        Field(a => a.State);
        Field(a => a.PostalCode);
    }
}
