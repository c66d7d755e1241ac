using RevenueCycle.GraphQL.Filtering;
using RevenueCycle.Payers;

namespace RevenueCycle.Patients;

public static class PatientFilters
{
    public static readonly FilterDefinition<Coverage> Coverages = new FilterDefinition<Coverage>("Coverage")
        .Id("Coverage", c => c.Id)
        .Field("memberId", c => c.MemberId)
        .Field("groupNumber", c => c.GroupNumber)
        .Field("priority", c => c.Priority)
        .Field("effectiveFrom", c => c.EffectiveFrom)
        .Field("effectiveTo", c => c.EffectiveTo)
        .Field("eligibilityStatus", c => c.EligibilityStatus)
        .Object<Payer, PayerFilterInputType>("payer", c => c.Payer!, () => PayerFilters.Where);

    public static readonly FilterDefinition<Patient> Where = new FilterDefinition<Patient>("Patient")
        .Id("Patient", p => p.Id)
        .Field("mrn", p => p.Mrn)
        .Field("firstName", p => p.FirstName)
        .Field("lastName", p => p.LastName)
        .Field("dateOfBirth", p => p.DateOfBirth)
        .Field("sex", p => p.Sex)
        .Field("phone", p => p.Phone)
        .Field("email", p => p.Email)
        .List<Coverage, CoverageFilterInputType>("coverages", p => p.Coverages, () => Coverages);

    public static readonly SortDefinition<Patient> Order = new SortDefinition<Patient>("Patient")
        .Field("mrn", p => p.Mrn)
        .Field("lastName", p => p.LastName)
        .Field("firstName", p => p.FirstName)
        .Field("dateOfBirth", p => p.DateOfBirth)
        .Field("createdAt", p => p.CreatedAt);


    public static readonly SortDefinition<Coverage> CoverageOrder = new SortDefinition<Coverage>("Coverage")
        .Field("memberId", c => c.MemberId)
        .Field("effectiveFrom", c => c.EffectiveFrom);
}

public sealed class PatientFilterInputType() : FilterInputType<Patient>(PatientFilters.Where);

public sealed class PatientSortInputType() : SortInputType<Patient>(PatientFilters.Order);

public sealed class CoverageFilterInputType() : FilterInputType<Coverage>(PatientFilters.Coverages);

public sealed class CoverageSortInputType() : SortInputType<Coverage>(PatientFilters.CoverageOrder);
