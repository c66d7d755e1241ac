using RevenueCycle.Data;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.Payers;

public sealed class PayerGraphType : NodeType<Payer>
{
    public PayerGraphType() : base("Payer", "An insurer (or self-pay) that claims are billed to.")
    {
        Field(p => p.Name);
        Field(p => p.EdiPayerId).Description("Payer id used in X12 (NM1*PR).");
        Field(p => p.Kind);
        Field(p => p.ClaimFilingIndicator);
        Field(p => p.TimelyFilingDays).Description("Days from the date of service within which a claim must be filed.");
        Field(p => p.AppealDays).Description("Days from the remittance within which a denial can be appealed.");
        Field<AddressType>("address").Resolve(c => c.Source.Address);
        Field(p => p.IsArchived);
        Field(p => p.Version);
    }
}
