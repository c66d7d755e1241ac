using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.Identity;
using RevenueCycle.Ledger;
using RevenueCycle.Patients;

namespace RevenueCycle.Payments;

public sealed record TransferToPatientInput([property: Id] string ClaimId, decimal Amount,
    string Reason, string? IdempotencyKey) : IIdempotentInput;

public sealed record WriteOffInput([property: Id] string ClaimId, decimal Amount, LedgerParty Party, string Reason, string? IdempotencyKey) : IIdempotentInput;

public sealed record RecordPatientPaymentInput([property: Id] string PatientId,
    [property: Id] string? ClaimId, decimal Amount, PaymentMethod Method, string? Reference,
    bool? AllowOverpayment, string? IdempotencyKey) : IIdempotentInput;

public sealed record RefundPatientInput([property: Id] string PatientId, [property: Id] string? ClaimId, decimal Amount, PaymentMethod Method,
    string? Reference, string Reason, string? IdempotencyKey) : IIdempotentInput;

public sealed record CreateStatementInput([property: Id] string PatientId, string? IdempotencyKey) : IIdempotentInput;

/// <summary>
/// Money after adjudication: moving balances between insurance and the patient, write-offs, patient payments,
/// refunds and statements. Every amount goes through the patient's ledger, which refuses overpayments,
/// over-adjustments and refunds beyond a credit.
/// </summary>
public static class MoneyMutations
{
    private static readonly string[] Billers = [Roles.Biller, Roles.TenantAdmin];
    private static readonly string[] Cashiers = [Roles.FrontDesk, Roles.Biller, Roles.TenantAdmin];
    private static readonly Type[] Posting = [typeof(PostingErrorType), typeof(InvalidTransitionErrorType)];

    public static void Register(ObjectGraphType root)
    {
        root.Mutation<TransferToPatientInput>("transferToPatient", "Moves part of what insurance owes on a claim to the patient (deductible, coinsurance, non-covered).", "claim", "Claim", Billers, async m =>
        {
            var claim = await m.FindAsync<Claim>(m.Input.ClaimId, "Claim");
            var account = await PatientAccount.LoadAsync(m.Db, claim.PatientId, m.Actor);
            account.Post(Ledger.LedgerEntry.TransferToPatient(Guid.CreateVersion7(), Amount(m.Input.Amount), m.Now, claim.LedgerClaimId, PatientMutations.Required(m.Input.Reason, "reason")));
            claim.PatientResponsibility += m.Input.Amount;
            account.Refresh(claim);
            account.CloseWhenSettled(m.Db, claim, m.Actor, m.Now);
            return claim;
        }, Posting);

        root.Mutation<WriteOffInput>("writeOff", "Writes off part of a claim's open balance (small balance, bad debt, timely filing) with a reason.", "claim", "Claim", Billers, async m =>
        {
            var claim = await m.FindAsync<Claim>(m.Input.ClaimId, "Claim");
            var account = await PatientAccount.LoadAsync(m.Db, claim.PatientId, m.Actor);
            account.Post(Ledger.LedgerEntry.WriteOff(Guid.CreateVersion7(), Amount(m.Input.Amount), m.Now, claim.LedgerClaimId, m.Input.Party, PatientMutations.Required(m.Input.Reason, "reason")));
            claim.Adjusted += m.Input.Amount;
            account.Refresh(claim);
            account.CloseWhenSettled(m.Db, claim, m.Actor, m.Now);
            return claim;
        }, Posting);

        root.Mutation<RecordPatientPaymentInput>("recordPatientPayment", "Records money from the patient, applied to a claim or to the account.", "payment", "PatientPayment", Cashiers, async m =>
        {
            var i = m.Input;
            var patient = await m.FindAsync<Patient>(i.PatientId, "Patient");
            var claim = i.ClaimId is { } claimId ? await m.FindAsync<Claim>(claimId, "Claim") : null;
            if (claim is not null && claim.PatientId != patient.Id) throw MutationException.Invalid("claimId", "The claim belongs to another patient.");
            var account = await PatientAccount.LoadAsync(m.Db, patient.Id, m.Actor);
            account.Post(Ledger.LedgerEntry.PatientPayment(Guid.CreateVersion7(), Amount(i.Amount), m.Now, claim?.LedgerClaimId, i.AllowOverpayment == true, PatientMutations.Blank(i.Reference)));
            var payment = new PatientPayment
            {
                PatientId = patient.Id, ClaimId = claim?.Id, Amount = i.Amount, Method = i.Method, Reference = PatientMutations.Blank(i.Reference),
                ReceivedAt = m.UtcNow, ReceivedBy = m.Actor,
            };
            m.Db.PatientPayments.Add(payment);
            if (claim is not null)
            {
                claim.PatientPaid += i.Amount;
                account.Refresh(claim);
            }
            return payment;
        }, Posting);

        root.Mutation<RefundPatientInput>("refundPatient", "Pays a patient's credit back (only a credit can be refunded).", "payment", "PatientPayment", Billers, async m =>
        {
            var i = m.Input;
            var patient = await m.FindAsync<Patient>(i.PatientId, "Patient");
            var claim = i.ClaimId is { } claimId ? await m.FindAsync<Claim>(claimId, "Claim") : null;
            if (claim is not null && claim.PatientId != patient.Id) throw MutationException.Invalid("claimId", "The claim belongs to another patient.");
            var account = await PatientAccount.LoadAsync(m.Db, patient.Id, m.Actor);
            account.Post(Ledger.LedgerEntry.Refund(Guid.CreateVersion7(), Amount(i.Amount), m.Now, claim?.LedgerClaimId, LedgerParty.Patient, PatientMutations.Required(i.Reason, "reason")));
            var refund = new PatientPayment
            {
                PatientId = patient.Id, ClaimId = claim?.Id, Amount = i.Amount, Method = i.Method, Reference = PatientMutations.Blank(i.Reference),
                IsRefund = true, ReceivedAt = m.UtcNow, ReceivedBy = m.Actor,
            };
            m.Db.PatientPayments.Add(refund);
            if (claim is not null)
            {
                claim.PatientPaid -= i.Amount;
                account.Refresh(claim);
            }
            return refund;
        }, Posting);

        root.Mutation<CreateStatementInput>("createStatement", "Issues a patient statement for what the patient owes today.", "statement", "Statement", Cashiers, async m =>
        {
            var patient = await m.FindAsync<Patient>(m.Input.PatientId, "Patient");
            var account = await PatientAccount.LoadAsync(m.Db, patient.Id, m.Actor);
            var owed = account.Ledger.Responsibility.Patient;
            if (owed <= 0) throw MutationException.Invalid("patientId", "The patient owes nothing; there is no statement to send.");
            var dueDays = await m.Db.Tenants.Where(t => t.Id == patient.TenantId).Select(t => t.StatementDueDays).SingleAsync();
            var statement = new Statement
            {
                PatientId = patient.Id, StatementDate = m.Today, DueDate = m.Today.AddDays(dueDays), Balance = owed, CreatedBy = m.Actor, CreatedAt = m.UtcNow,
            };
            m.Db.Statements.Add(statement);
            return statement;
        });
    }

    private static decimal Amount(decimal amount) =>
        amount > 0 && decimal.Round(amount, 2) == amount ? amount : throw MutationException.Invalid("amount", "An amount is positive with at most two decimals.");
}
