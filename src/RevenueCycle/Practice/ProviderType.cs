using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.Practice;

public sealed class ProviderType : NodeType<Provider>
{
    public ProviderType() : base("Provider", "A rendering or billing clinician.")
    {
        Field(p => p.Npi).Description("10-digit National Provider Identifier (Luhn-checked).");
        Field(p => p.TaxonomyCode, nullable: true);
        Field(p => p.FirstName);
        Field(p => p.LastName);
        Field(p => p.Credential, nullable: true);
        Field(p => p.IsArchived);
        Field(p => p.Version);
    }
}
