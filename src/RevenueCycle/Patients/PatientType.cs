using GraphQL;
using GraphQL.Types;
using RevenueCycle.Auditing;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.GraphQL;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Encounters;
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
            .Resolve(c => c.LoadChildren<Coverage, CoveragePriority>(c.Source.Id, v => v.PatientId, v => v.Priority));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims")
            .AuthorizeWithRoles(Roles.Billing)
            .Resolve(c => c.LoadChildren<Claim, DateOnly>(c.Source.Id, v => v.PatientId, v => v.ServiceDateFrom));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncounterType>>>>("encounters")
            .Resolve(c => c.LoadChildren<Encounter, DateOnly>(c.Source.Id, e => e.PatientId, e => e.ServiceDateFrom));
        Field<NonNullGraphType<AccountBalanceType>>("accountBalance")
            .Description("The account's balance: the sum of its ledger, split by who owes it.")
            .AuthorizeWithRoles([.. Roles.Billing, Roles.FrontDesk])
            .Resolve(c => c.LoadAccountBalance(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerEntryType>>>>("ledger")
            .Description("Every money movement on the account, oldest first.")
            .AuthorizeWithRoles([.. Roles.Billing, Roles.FrontDesk])
            .Resolve(c => c.LoadChildren<LedgerEntry, DateTime>(c.Source.Id, e => e.PatientId, e => e.PostedAt));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements")
            .AuthorizeWithRoles([.. Roles.Billing, Roles.FrontDesk])
            .Resolve(c => c.LoadChildren<Statement, DateOnly>(c.Source.Id, s => s.PatientId, s => s.StatementDate));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PatientPaymentType>>>>("payments")
            .AuthorizeWithRoles([.. Roles.Billing, Roles.FrontDesk])
            .Resolve(c => c.LoadChildren<PatientPayment, DateTime>(c.Source.Id, p => p.PatientId, p => p.ReceivedAt));
    }
}
