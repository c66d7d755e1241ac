using GraphQL;
using GraphQL.Types;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;

namespace RevenueCycle.Patients;

/// <summary>Everything here but the id is PHI, readable only by roles that need it.</summary>
public sealed class PatientType : NodeType<Patient>
{
    public PatientType() : base("Patient", "A patient of the practice (PHI).")
    {
        this.AuthorizeWithRoles(Roles.Phi);
        Field(p => p.Mrn).Description("Medical record number.");
        Field(p => p.FirstName);
        Field(p => p.LastName);
        Field(p => p.DateOfBirth);
        Field(p => p.Sex);
        Field<AddressType>("address").Resolve(c => c.Source.Address);
        Field(p => p.Phone, nullable: true);
        Field(p => p.Email, nullable: true);
        Field(p => p.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageType>>>>("coverages")
            .Description("All coverages, primary first.")
            .Resolve(c => c.LoadChildren<Coverage, CoveragePriority>(c.Source.Id, v => v.PatientId, v => v.Priority));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims")
            .AuthorizeWithRoles(Roles.Billing)
            .Resolve(c => c.LoadChildren<Claim, DateOnly>(c.Source.Id, v => v.PatientId, v => v.ServiceDateFrom));
    }
}
