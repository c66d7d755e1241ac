using GraphQL;
using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;

namespace RevenueCycle.Patients;

public sealed class PatientsConnectionType() : ConnectionType<PatientType, Patient>("Patients");

public static class PatientQueries
{
    public static void Register(ObjectGraphType query) =>
        query.Connection<PatientsConnectionType, Patient>("patients", c => c.Db().Patients,
                SortKey.Of<Patient, string>(p => p.LastName), SortKey.Of<Patient, string>(p => p.FirstName))
            .AuthorizeWithRoles(Roles.Phi);
}
