using RevenueCycle.Data;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.Practice;

public sealed class FacilityType : NodeType<Facility>
{
    public FacilityType() : base("Facility", "A service location.")
    {
        Field(f => f.Name);
        Field(f => f.Npi, nullable: true);
        Field(f => f.PlaceOfServiceCode);
        Field<AddressType>("address").Resolve(c => c.Source.Address);
        Field(f => f.IsArchived);
        Field(f => f.Version);
    }
}
