using GraphQL;
using GraphQL.Types;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;

namespace RevenueCycle.Patients;

public sealed class PatientsConnectionType() : ConnectionType<PatientType, Patient>("Patients");

public sealed class CoveragesConnectionType() : ConnectionType<CoverageType, Coverage>("Coverages");

public static class PatientQueries
{
    public static void Register(ObjectGraphType query)
    {
        query.Connection<PatientsConnectionType, Patient, PatientFilterInputType, PatientSortInputType>("patients",
                c => c.Db().Patients, PatientFilters.Where, PatientFilters.Order,
                SortKey.Of<Patient, string>(p => p.LastName), SortKey.Of<Patient, string>(p => p.FirstName))
            .AuthorizeWithRoles(Roles.Phi);
        query.Connection<CoveragesConnectionType, Coverage, CoverageFilterInputType, CoverageSortInputType>("coverages",
                c => c.Db().Coverages, PatientFilters.Coverages, PatientFilters.CoverageOrder, SortKey.Of<Coverage, DateOnly>(v => v.EffectiveFrom))
            .AuthorizeWithRoles(Roles.Phi);
    }
}
