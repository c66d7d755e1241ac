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
        Payments.RemittanceMutations.Register(this);
        Claims.SubmissionMutations.Register(this);
    }
}
