using GraphQL.Types;
using RevenueCycle.Patients;

namespace RevenueCycle.GraphQL.Mutations;

/// <summary>The root mutation. Each feature adds its mutations from its folder (XMutations.Register), like the queries.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        PatientMutations.Register(this);
        Encounters.EncounterMutations.Register(this);
        Claims.ClaimMutations.Register(this);
        Payments.MoneyMutations.Register(this);
        Denials.DenialMutations.Register(this);
        Tenancy.UserAdminMutations.Register(this);
        Tenancy.ApiClientMutations.Register(this);
        Tenancy.TenantMutations.Register(this);
        Payments.RemittanceMutations.Register(this);
        Claims.SubmissionMutations.Register(this);
        Imports.ImportJobMutations.Register(this);
    }
}
