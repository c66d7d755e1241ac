using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.Events;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.Identity;
using RevenueCycle.Ledger;
using RevenueCycle.Patients;
using RevenueCycle.Payments;

namespace RevenueCycle.Denials;

public sealed record AssignDenialInput([property: Id] string DenialId, long? Version,
    [property: System.ComponentModel.Description("The user who works it; null unassigns.")] string? OwnerUserId, string? IdempotencyKey) : IIdempotentInput;

public sealed record StartDenialReviewInput([property: Id] string DenialId, long? Version, string? IdempotencyKey) : IIdempotentInput;

public sealed record AppealDenialInput([property: Id] string DenialId, long? Version, string Letter, string? IdempotencyKey) : IIdempotentInput;

public sealed record RecordAppealOutcomeInput([property: Id] string DenialId, long? Version, bool Overturned, string? Note, string? IdempotencyKey) : IIdempotentInput;

public sealed record WriteOffDenialInput([property: Id] string DenialId, long? Version, string Reason, string? IdempotencyKey) : IIdempotentInput;

public sealed record ResolveDenialInput([property: Id] string DenialId, long? Version, string Reason, string? IdempotencyKey) : IIdempotentInput;

/// <summary>The denial work queue: assign, review, appeal before the deadline, record the outcome, or write off.</summary>
public static class DenialMutations
{
    private static readonly string[] Billers = [Roles.Biller, Roles.TenantAdmin];
    private static readonly Type[] Transition = [typeof(InvalidTransitionErrorType)];

    public static void Register(ObjectGraphType root)
    {
        root.Mutation<AssignDenialInput>("assignDenial", "Gives a denial to a biller to work (or unassigns it).", "denial", "Denial", Billers, async m =>
        {
            var denial = await m.FindAsync<Denial>(m.Input.DenialId, "Denial", m.Input.Version);
            var previous = denial.OwnerUserId;
            denial.OwnerUserId = PatientMutations.Blank(m.Input.OwnerUserId);
            m.Db.Publish(new DenialAssigned(denial.Id, denial.ClaimId, previous, denial.OwnerUserId, m.Actor, m.UtcNow));
            return denial;
        });

        root.Mutation<StartDenialReviewInput>("startDenialReview", "Starts working an OPEN denial (IN_REVIEW); takes it if it has no owner.", "denial", "Denial", Billers, async m =>
        {
            var denial = await m.FindAsync<Denial>(m.Input.DenialId, "Denial", m.Input.Version);
            m.Db.Move(denial, DenialStatus.InReview, m.Actor, m.Now);
            denial.OwnerUserId ??= m.Actor;
            return denial;
        }, Transition);

        root.Mutation<AppealDenialInput>("appealDenial", "Files an appeal before the payer's deadline; the claim moves to APPEALED.", "denial", "Denial", Billers, async m =>
        {
            var denial = await m.FindAsync<Denial>(m.Input.DenialId, "Denial", m.Input.Version);
            if (m.Today > denial.DueDate)
                throw MutationException.Invalid("denialId", $"The appeal deadline was {denial.DueDate:yyyy-MM-dd}; write the denial off or resolve it another way.");
            var letter = PatientMutations.Required(m.Input.Letter, "letter");
            m.Db.Move(denial, DenialStatus.Appealed, m.Actor, m.Now);
            m.Db.DenialAppeals.Add(new DenialAppeal { DenialId = denial.Id, SubmittedAt = m.UtcNow, SubmittedBy = m.Actor, Letter = letter });
            var claim = await m.Db.Claims.SingleAsync(c => c.Id == denial.ClaimId);
            if (claim.Status is ClaimStatus.Denied or ClaimStatus.PartiallyPaid)
                m.Db.Move(claim, ClaimStatus.Appealed, m.Actor, m.Now, $"Appeal of {denial.GroupCode}-{denial.ReasonCode}");
            return denial;
        }, Transition);

        root.Mutation<RecordAppealOutcomeInput>("recordAppealOutcome", "Records the payer's decision on an appeal: OVERTURNED (the money follows on a remittance) or UPHELD.", "denial", "Denial", Billers, async m =>
        {
            var denial = await m.FindAsync<Denial>(m.Input.DenialId, "Denial", m.Input.Version);
            m.Db.Move(denial, m.Input.Overturned ? DenialStatus.Overturned : DenialStatus.Upheld, m.Actor, m.Now, PatientMutations.Blank(m.Input.Note));
            var appeal = await m.Db.DenialAppeals.Where(a => a.DenialId == denial.Id).OrderByDescending(a => a.SubmittedAt).FirstAsync();
            appeal.Outcome = (m.Input.Overturned ? "Overturned" : "Upheld") + (m.Input.Note is { Length: > 0 } note ? ": " + note.Trim() : "");
            // An upheld appeal returns the claim to DENIED so it can be appealed again or written off.
            var claim = await m.Db.Claims.SingleAsync(c => c.Id == denial.ClaimId);
            if (!m.Input.Overturned && claim.Status == ClaimStatus.Appealed)
                m.Db.Move(claim, ClaimStatus.Denied, m.Actor, m.Now, "Appeal upheld");
            return denial;
        }, Transition);

        root.Mutation<WriteOffDenialInput>("writeOffDenial", "Gives up on a denial: its amount (what insurance still owes of it) is written off and the claim closes when settled.", "denial", "Denial", Billers, async m =>
        {
            var denial = await m.FindAsync<Denial>(m.Input.DenialId, "Denial", m.Input.Version);
            var reason = PatientMutations.Required(m.Input.Reason, "reason");
            m.Db.Move(denial, DenialStatus.WrittenOff, m.Actor, m.Now, reason);
            var claim = await m.Db.Claims.SingleAsync(c => c.Id == denial.ClaimId);
            var account = await PatientAccount.LoadAsync(m.Db, claim.PatientId, m.Actor);
            var amount = Math.Min(denial.Amount, account.ClaimResponsibility(claim).Insurance);
            if (amount > 0)
            {
                account.Post(Ledger.LedgerEntry.WriteOff(Guid.CreateVersion7(), amount, m.Now, claim.LedgerClaimId, LedgerParty.Insurance, $"Denial {denial.GroupCode}-{denial.ReasonCode}: {reason}"));
                claim.Adjusted += amount;
                account.Refresh(claim);
            }
            if (claim.Status == ClaimStatus.Appealed) m.Db.Move(claim, ClaimStatus.Denied, m.Actor, m.Now, "Denial written off");
            account.CloseWhenSettled(m.Db, claim, m.Actor, m.Now);
            return denial;
        }, [typeof(InvalidTransitionErrorType), typeof(PostingErrorType)]);

        root.Mutation<ResolveDenialInput>("resolveDenial", "Closes a denial that was settled another way (a corrected claim was paid, the payer reprocessed).", "denial", "Denial", Billers, async m =>
        {
            var denial = await m.FindAsync<Denial>(m.Input.DenialId, "Denial", m.Input.Version);
            m.Db.Move(denial, DenialStatus.Resolved, m.Actor, m.Now, PatientMutations.Required(m.Input.Reason, "reason"));
            return denial;
        }, Transition);
    }

}
