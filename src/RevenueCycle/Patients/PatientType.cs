using GraphQL;
using GraphQL.Types;
using RevenueCycle.Auditing;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.Encounters;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Loading;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;
using RevenueCycle.Payments;

namespace RevenueCycle.Patients;

/// <summary>Everything here but the id is PHI, readable only by roles that need it.</summary>
public sealed class PatientType : NodeType<Patient>
{
    public PatientType() : base("Patient", "A patient of the practice (PHI).")
    {
        this.AuthorizeWithRoles(Roles.Phi);
        this.HoldsPhi();
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
            .Resolve(Load.Children<Patient, Coverage, CoveragePriority>(v => v.PatientId, v => v.Priority));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims")
            .AuthorizeWithRoles(Roles.Billing)
            .Resolve(Load.Children<Patient, Claim, DateOnly>(v => v.PatientId, v => v.ServiceDateFrom));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncounterType>>>>("encounters")
            .Resolve(Load.Children<Patient, Encounter, DateOnly>(e => e.PatientId, e => e.ServiceDateFrom));
        Field<NonNullGraphType<AccountBalanceType>>("accountBalance")
            .Description("The account's balance: the sum of its ledger, split by who owes it.")
            .AuthorizeWithRoles([.. Roles.Billing, Roles.FrontDesk])
            .Resolve(c => c.LoadAccountBalance(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerEntryType>>>>("ledger")
            .Description("Every money movement on the account, oldest first.")
            .AuthorizeWithRoles([.. Roles.Billing, Roles.FrontDesk])
            .Resolve(Load.Children<Patient, LedgerEntry, DateTime>(e => e.PatientId, e => e.PostedAt));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements")
            .AuthorizeWithRoles([.. Roles.Billing, Roles.FrontDesk])
            .Resolve(Load.Children<Patient, Statement, DateOnly>(s => s.PatientId, s => s.StatementDate));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PatientPaymentType>>>>("payments")
            .AuthorizeWithRoles([.. Roles.Billing, Roles.FrontDesk])
            .Resolve(Load.Children<Patient, PatientPayment, DateTime>(p => p.PatientId, p => p.ReceivedAt));
    }
}
