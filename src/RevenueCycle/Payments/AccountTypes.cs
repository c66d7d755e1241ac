using GraphQL;
using GraphQL.Types;
using RevenueCycle.Auditing;
using RevenueCycle.GraphQL.Relay;

namespace RevenueCycle.Payments;

public sealed class LedgerEntryType : NodeType<LedgerEntry>
{
    public LedgerEntryType() : base("LedgerEntry", "An append-only money movement on a patient account.")
    {
        this.AuthorizeWithRoles(Identity.Roles.Billing.Append(Identity.Roles.FrontDesk).ToArray());
        Field(e => e.Kind);
        Field(e => e.Party).Description("Who the entry's amount is owed by or paid by.");
        Field(e => e.Amount).Description("Always positive; see insuranceEffect and patientEffect for the direction.");
        Field(e => e.InsuranceEffect).Description("Change to what insurance owes (negative lowers it).");
        Field(e => e.PatientEffect).Description("Change to what the patient owes (negative lowers it).");
        Field(e => e.IsOverpayment);
        Field<IdGraphType>("reversesEntryId").Resolve(c => c.Source.ReversesEntryId is { } id ? GlobalId.Encode("LedgerEntry", id) : null);
        Field<IdGraphType>("claimId").Resolve(c => c.Source.ClaimId is { } id ? GlobalId.Encode("Claim", id) : null);
        Field(e => e.PostedAt);
        Field(e => e.PostedBy);
        Field(e => e.Memo, nullable: true);
    }
}

public sealed class PatientPaymentType : NodeType<PatientPayment>
{
    public PatientPaymentType() : base("PatientPayment", "Money received from, or refunded to, a patient.")
    {
        this.AuthorizeWithRoles(Identity.Roles.Billing.Append(Identity.Roles.FrontDesk).ToArray());
        Field(p => p.Amount);
        Field(p => p.Method);
        Field(p => p.Reference, nullable: true);
        Field(p => p.IsRefund);
        Field(p => p.ReceivedAt);
        Field(p => p.ReceivedBy);
        Field<IdGraphType>("claimId").Resolve(c => c.Source.ClaimId is { } id ? GlobalId.Encode("Claim", id) : null);
    }
}

public sealed class StatementType : NodeType<Statement>
{
    public StatementType() : base("Statement", "A patient statement for the patient-responsible balance at a date.")
    {
        this.AuthorizeWithRoles(Identity.Roles.Billing.Append(Identity.Roles.FrontDesk).ToArray());
        this.HoldsPhi();
        Field(s => s.StatementDate);
        Field(s => s.DueDate);
        Field(s => s.Balance);
        Field(s => s.CreatedBy);
        Field(s => s.CreatedAt);
    }
}

/// <summary>A patient account's balances, summed from its ledger in SQL.</summary>
public sealed record AccountBalance(decimal Total, decimal Insurance, decimal Patient);

public sealed class AccountBalanceType : ObjectGraphType<AccountBalance>
{
    public AccountBalanceType()
    {
        Name = "AccountBalance";
        Field(b => b.Total).Description("The sum of the account's ledger.");
        Field(b => b.Insurance).Description("What insurers still owe.");
        Field(b => b.Patient).Description("What the patient owes (negative: a credit).");
    }
}
