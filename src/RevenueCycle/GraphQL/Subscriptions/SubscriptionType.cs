using GraphQL.Types;
using RevenueCycle.Claims;
using RevenueCycle.Denials;
using RevenueCycle.Encounters;
using RevenueCycle.Imports;
using RevenueCycle.Payments;

namespace RevenueCycle.GraphQL.Subscriptions;

/// <summary>The root subscription. Each feature adds its events from its folder (XSubscriptions.Register).</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Workflow events of your tenant, delivered once their change is committed.";
        ClaimSubscriptions.Register(this);
        EncounterSubscriptions.Register(this);
        DenialSubscriptions.Register(this);
        RemittanceSubscriptions.Register(this);
        ImportSubscriptions.Register(this);
    }
}
