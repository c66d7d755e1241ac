using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Data;
using RevenueCycle.Encounters;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.Identity;
using RevenueCycle.Ledger;
using RevenueCycle.Patients;
using RevenueCycle.Payments;

namespace RevenueCycle.Claims;

public sealed record CreateClaimInput([property: Id] string EncounterId,
    [property: Id, Description("The coverage to bill; omitted: the patient's primary coverage active on the date of service.")] string? CoverageId,
    string? IdempotencyKey) : IIdempotentInput;

public sealed record ScrubClaimInput([property: Id] string ClaimId, long? Version, string? IdempotencyKey) : IIdempotentInput;

public sealed record ReopenClaimInput([property: Id] string ClaimId, long? Version, string? Reason, string? IdempotencyKey) : IIdempotentInput;

public sealed record RecordClaimAcknowledgementInput([property: Id] string ClaimId, bool Accepted,
    [property: Description("277CA STC01-1 category, e.g. A1 accepted, A7 rejected.")] string? StatusCategory,
    string? StatusCode, string? Message, string? IdempotencyKey) : IIdempotentInput;

public sealed record CorrectClaimInput([property: Id] string ClaimId, long? Version,
    [property: Description("Why the claim is corrected (the rejection it answers).")] string Reason,
    List<string>? Diagnoses, List<CodeServiceLineInput>? ServiceLines, string? IdempotencyKey) : IIdempotentInput;

public sealed record VoidClaimInput([property: Id] string ClaimId, long? Version, string Reason, string? IdempotencyKey) : IIdempotentInput;

public sealed record CreateReplacementClaimInput([property: Id] string ClaimId, string Reason,
    List<string>? Diagnoses, List<CodeServiceLineInput>? ServiceLines, string? IdempotencyKey) : IIdempotentInput;

public sealed record BillSecondaryInput([property: Id] string ClaimId, string? IdempotencyKey) : IIdempotentInput;

public sealed record CloseClaimInput([property: Id] string ClaimId, long? Version, string? IdempotencyKey) : IIdempotentInput;

/// <summary>Claims from a coded encounter to a resolved balance (submission and remittance posting live with the interchange).</summary>
public static class ClaimMutations
{
    private static readonly string[] Billers = [Roles.Biller, Roles.TenantAdmin];
    private static readonly Type[] Transition = [typeof(InvalidTransitionErrorType)];
    private static readonly Type[] Money = [typeof(InvalidTransitionErrorType), typeof(PostingErrorType)];

    public static void Register(ObjectGraphType root)
    {
        root.Mutation<CreateClaimInput>("createClaim", "Builds a DRAFT claim from a CODED encounter: coverage, lines, totals; posts its charge and marks the encounter BILLED.", "claim", "Claim", Billers, async m =>
        {
            var encounter = await m.FindAsync<Encounter>(m.Input.EncounterId, "Encounter", q => q.Include(e => e.Diagnoses).Include(e => e.ServiceLines));
            var coverage = m.Input.CoverageId is { } coverageId
                ? await m.FindAsync<Coverage>(coverageId, "Coverage")
                : await m.Db.Coverages.Where(c => c.PatientId == encounter.PatientId && c.Priority == CoveragePriority.Primary
                        && c.EffectiveFrom <= encounter.ServiceDateFrom && (c.EffectiveTo == null || encounter.ServiceDateFrom <= c.EffectiveTo))
                    .FirstOrDefaultAsync() ?? throw MutationException.Invalid("coverageId", "The patient has no primary coverage active on the date of service; add one or name the coverage to bill.");
            if (coverage.PatientId != encounter.PatientId) throw MutationException.Invalid("coverageId", "The coverage belongs to another patient.");

            var claim = NewClaim(encounter, coverage, await NextNumberAsync(m.Db, encounter.ServiceDateFrom));
            AddCoding(claim, encounter.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code).ToList(), encounter.ServiceLines.OrderBy(l => l.LineNumber).ToList());
            m.Db.Claims.Add(claim);
            m.Db.RecordCreated(claim, m.Actor, m.Now);
            m.Db.Move(encounter, EncounterStatus.Billed, m.Actor, m.Now, $"Claim {claim.Number}");

            var account = await PatientAccount.LoadAsync(m.Db, claim.PatientId, m.Actor);
            account.Post(Ledger.LedgerEntry.Charge(Guid.CreateVersion7(), claim.TotalCharge, m.Now, claim.Id, memo: $"Claim {claim.Number}"));
            account.Refresh(claim);
            return claim;
        }, Transition);

        root.Mutation<ScrubClaimInput>("scrubClaim", "Runs the scrub edits. A DRAFT claim without errors becomes READY; a READY claim that now fails goes back to DRAFT.", "claim", "Claim", Billers, async m =>
        {
            var claim = await m.FindAsync<Claim>(m.Input.ClaimId, "Claim", m.Input.Version);
            if (claim.Status is not (ClaimStatus.Draft or ClaimStatus.Ready))
                throw new MutationException(new InvalidTransitionError($"Only DRAFT or READY claims are scrubbed; this one is {Workflows.StatusNames.Of(claim.Status)}.", "Claim", Workflows.StatusNames.Of(claim.Status), "READY"));
            var findings = await ClaimScrubbing.RunAsync(m.Db, claim, m.Today);
            await ClaimScrubbing.StoreAsync(m.Db, claim, findings, m.UtcNow);
            var errors = Scrubbing.ClaimScrubber.ErrorCount(findings);
            if (claim.Status == ClaimStatus.Draft && errors == 0)
                m.Db.Move(claim, ClaimStatus.Ready, m.Actor, m.Now, facts: new ClaimFacts(ScrubErrors: 0));
            else if (claim.Status == ClaimStatus.Ready && errors > 0)
                m.Db.Move(claim, ClaimStatus.Draft, m.Actor, m.Now, $"Scrub found {errors} error(s)");
            return claim;
        }, Transition);

        root.Mutation<ReopenClaimInput>("reopenClaim", "Takes a READY claim back to DRAFT for editing; it must pass the scrub again.", "claim", "Claim", Billers, async m =>
        {
            var claim = await m.FindAsync<Claim>(m.Input.ClaimId, "Claim", m.Input.Version);
            m.Db.Move(claim, ClaimStatus.Draft, m.Actor, m.Now, m.Input.Reason);
            return claim;
        }, Transition);

        root.Mutation<RecordClaimAcknowledgementInput>("recordClaimAcknowledgement", "Records a clearinghouse or payer accept/reject of a SUBMITTED claim (the 277CA import does the same from files).", "claim", "Claim", Billers, async m =>
        {
            var i = m.Input;
            var claim = await m.FindAsync<Claim>(i.ClaimId, "Claim");
            var reason = string.Join(" ", new[] { i.StatusCategory, i.StatusCode, i.Message }.Where(x => !string.IsNullOrWhiteSpace(x)));
            m.Db.Move(claim, i.Accepted ? ClaimStatus.Accepted : ClaimStatus.Rejected, m.Actor, m.Now, reason.Length == 0 ? null : reason);
            m.Db.Acknowledgements.Add(new Acknowledgement
            {
                ClaimId = claim.Id, Source = AcknowledgementSource.Manual, Accepted = i.Accepted, StatusCategory = PatientMutations.Blank(i.StatusCategory),
                StatusCode = PatientMutations.Blank(i.StatusCode), Message = PatientMutations.Blank(i.Message), ReceivedAt = m.UtcNow,
            });
            return claim;
        }, Transition);

        root.Mutation<CorrectClaimInput>("correctClaim", "Corrects a REJECTED (or DRAFT) claim: back to DRAFT, optionally with new diagnoses and lines; scrub and submit it again.", "claim", "Claim", Billers, async m =>
        {
            var i = m.Input;
            var claim = await m.FindAsync<Claim>(i.ClaimId, "Claim", i.Version);
            var reason = PatientMutations.Required(i.Reason, "reason");
            if (claim.Status == ClaimStatus.Rejected) m.Db.Move(claim, ClaimStatus.Draft, m.Actor, m.Now, reason);
            else if (claim.Status != ClaimStatus.Draft)
                throw new MutationException(new InvalidTransitionError($"Only REJECTED or DRAFT claims are corrected; this one is {Workflows.StatusNames.Of(claim.Status)}. Use a replacement claim after adjudication.", "Claim", Workflows.StatusNames.Of(claim.Status), "DRAFT"));
            if (i.Diagnoses is not null || i.ServiceLines is not null)
                await Recode(m, claim, i.Diagnoses, i.ServiceLines);
            return claim;
        }, Money);

        root.Mutation<VoidClaimInput>("voidClaim", "Voids a claim before payment (with a reason); its charge is reversed on the ledger.", "claim", "Claim", Billers, async m =>
        {
            var claim = await m.FindAsync<Claim>(m.Input.ClaimId, "Claim", m.Input.Version);
            m.Db.Move(claim, ClaimStatus.Voided, m.Actor, m.Now, m.Input.Reason);
            var account = await PatientAccount.LoadAsync(m.Db, claim.PatientId, m.Actor);
            if (claim.ChargeClaimId is null)
                foreach (var charge in account.OpenEntries(claim.Id, LedgerEntryKind.Charge))
                    account.Post(charge.ReversedBy(Guid.CreateVersion7(), m.Now, $"Claim {claim.Number} voided"));
            account.Refresh(claim);
            return claim;
        }, Money);

        root.Mutation<CreateReplacementClaimInput>("createReplacementClaim", "Creates a replacement (frequency 7) of an adjudicated claim, optionally with corrected codes; it starts as DRAFT.", "claim", "Claim", Billers, async m =>
        {
            var i = m.Input;
            var original = await m.FindAsync<Claim>(i.ClaimId, "Claim", q => q.Include(c => c.Diagnoses).Include(c => c.Lines));
            if (original.Status is not (ClaimStatus.Accepted or ClaimStatus.Paid or ClaimStatus.PartiallyPaid or ClaimStatus.Denied or ClaimStatus.Closed))
                throw MutationException.Invalid("claimId", $"Only a claim the payer accepted or adjudicated is replaced; this one is {Workflows.StatusNames.Of(original.Status)} (correct or void it instead).");
            if (original.PayerClaimControlNumber is null)
                throw MutationException.Invalid("claimId", "The payer's claim control number is not on file; a replacement must quote it (REF*F8).");
            var encounter = await m.Db.Encounters.SingleAsync(e => e.Id == original.EncounterId);
            var coverage = await m.Db.Coverages.SingleAsync(c => c.Id == original.CoverageId);
            var replacement = NewClaim(encounter, coverage, await NextNumberAsync(m.Db, original.ServiceDateFrom));
            replacement.Frequency = ClaimFrequency.Replacement;
            replacement.ReplacesClaimId = original.Id;
            replacement.ChargeClaimId = original.LedgerClaimId;
            replacement.PayerClaimControlNumber = original.PayerClaimControlNumber;
            replacement.PayerSequence = original.PayerSequence;
            var originalDiagnoses = original.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code).ToList();
            var (diagnoses, lines) = i.Diagnoses is null && i.ServiceLines is null
                ? (originalDiagnoses, CopyLines(original.Lines))
                : await EncounterMutations.ReadCodingAsync(m, i.Diagnoses ?? originalDiagnoses, i.ServiceLines ?? AsInput(original.Lines), encounter);
            AddCoding(replacement, diagnoses, lines);
            m.Db.Claims.Add(replacement);
            m.Db.RecordCreated(replacement, m.Actor, m.Now, PatientMutations.Required(i.Reason, "reason"));
            replacement.InsurancePaid = original.InsurancePaid;
            replacement.Adjusted = original.Adjusted;
            replacement.PatientResponsibility = original.PatientResponsibility;
            replacement.PatientPaid = original.PatientPaid;
            var account = await PatientAccount.LoadAsync(m.Db, replacement.PatientId, m.Actor);
            account.Refresh(replacement);
            return replacement;
        }, Money);

        root.Mutation<BillSecondaryInput>("billSecondary", "After the primary payer adjudicated, bills what it left to the patient's secondary coverage (the patient no longer owes it meanwhile).", "claim", "Claim", Billers, async m =>
        {
            var primary = await m.FindAsync<Claim>(m.Input.ClaimId, "Claim", q => q.Include(c => c.Diagnoses).Include(c => c.Lines));
            if (primary.PayerSequence != CoveragePriority.Primary || primary.Status is not (ClaimStatus.Paid or ClaimStatus.PartiallyPaid or ClaimStatus.Denied or ClaimStatus.Closed))
                throw MutationException.Invalid("claimId", "Bill the secondary payer from a primary claim the primary payer has adjudicated.");
            if (await m.Db.Claims.AnyAsync(c => c.ChargeClaimId == primary.LedgerClaimId && c.PayerSequence == CoveragePriority.Secondary && c.Status != ClaimStatus.Voided))
                throw MutationException.Invalid("claimId", "A secondary claim already exists for this claim.");
            var secondaryCoverage = await m.Db.Coverages.Where(c => c.PatientId == primary.PatientId && c.Priority == CoveragePriority.Secondary
                    && c.EffectiveFrom <= primary.ServiceDateFrom && (c.EffectiveTo == null || primary.ServiceDateFrom <= c.EffectiveTo))
                .FirstOrDefaultAsync() ?? throw MutationException.Invalid("claimId", "The patient has no secondary coverage active on the date of service.");

            // What the primary payer moved to the patient goes back to insurance: the secondary payer is asked for it now.
            var account = await PatientAccount.LoadAsync(m.Db, primary.PatientId, m.Actor);
            var transfers = account.OpenEntries(primary.LedgerClaimId, LedgerEntryKind.TransferToPatient);
            var owed = transfers.Sum(t => t.Amount);
            if (owed <= 0) throw MutationException.Invalid("claimId", "The primary payer left nothing for a secondary payer to pay.");
            if (account.ClaimResponsibility(primary).Patient < owed)
                throw MutationException.Invalid("claimId", "The patient already paid part of what the primary payer left; refund or adjust before billing the secondary payer.");
            foreach (var transfer in transfers) account.Post(transfer.ReversedBy(Guid.CreateVersion7(), m.Now, "Billed to secondary payer"));

            var encounter = await m.Db.Encounters.SingleAsync(e => e.Id == primary.EncounterId);
            var secondary = NewClaim(encounter, secondaryCoverage, await NextNumberAsync(m.Db, primary.ServiceDateFrom));
            secondary.PayerSequence = CoveragePriority.Secondary;
            secondary.ChargeClaimId = primary.LedgerClaimId;
            AddCoding(secondary, primary.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code).ToList(), CopyLines(primary.Lines));
            // The secondary claim shows the same charges with what the primary payer already settled as prior payments.
            secondary.InsurancePaid = primary.InsurancePaid;
            secondary.Adjusted = secondary.TotalCharge - primary.InsurancePaid - owed;
            primary.PatientResponsibility -= owed;
            m.Db.Claims.Add(secondary);
            m.Db.RecordCreated(secondary, m.Actor, m.Now, $"Secondary to {primary.Number}");
            account.Refresh(primary);
            account.Refresh(secondary);
            return secondary;
        }, Money);

        root.Mutation<CloseClaimInput>("closeClaim", "Closes an adjudicated claim once insurance owes nothing on it.", "claim", "Claim", Billers, async m =>
        {
            var claim = await m.FindAsync<Claim>(m.Input.ClaimId, "Claim", m.Input.Version);
            var account = await PatientAccount.LoadAsync(m.Db, claim.PatientId, m.Actor);
            m.Db.Move(claim, ClaimStatus.Closed, m.Actor, m.Now, facts: new ClaimFacts(InsuranceBalance: account.ClaimResponsibility(claim).Insurance));
            return claim;
        }, Transition);
    }


    private static Claim NewClaim(Encounter encounter, Coverage coverage, string number) => new()
    {
        Number = number, EncounterId = encounter.Id, PatientId = encounter.PatientId, CoverageId = coverage.Id, PayerId = coverage.PayerId,
        ProviderId = encounter.ProviderId, FacilityId = encounter.FacilityId, PayerSequence = coverage.Priority,
        Form = encounter.Kind == EncounterKind.Institutional ? ClaimForm.Institutional : ClaimForm.Professional,
        ServiceDateFrom = encounter.ServiceDateFrom, ServiceDateTo = encounter.ServiceDateTo, Status = ClaimStatus.Draft,
    };

    private static void AddCoding(Claim claim, List<string> diagnoses, List<ServiceLine> lines)
    {
        (claim.Diagnoses, claim.Lines) = BuildCoding(claim.Id, diagnoses, lines);
        claim.TotalCharge = claim.Lines.Sum(l => l.Charge * l.Units);
        claim.Balance = claim.TotalCharge;
    }

    private static (List<ClaimDiagnosis>, List<ClaimLine>) BuildCoding(Guid claimId, List<string> diagnoses, List<ServiceLine> lines) => (
        diagnoses.Select((code, n) => new ClaimDiagnosis { ClaimId = claimId, Sequence = n + 1, Code = code }).ToList(),
        lines.Select(l => new ClaimLine
        {
            ClaimId = claimId, LineNumber = l.LineNumber, ProcedureCode = l.ProcedureCode, Modifiers = [.. l.Modifiers], Units = l.Units,
            Charge = l.Charge, DiagnosisPointers = [.. l.DiagnosisPointers], ServiceDate = l.ServiceDate, RevenueCode = l.RevenueCode,
        }).ToList());

    private static List<ServiceLine> CopyLines(IEnumerable<ClaimLine> lines) => lines.OrderBy(l => l.LineNumber).Select(l => new ServiceLine
    {
        ProcedureCode = l.ProcedureCode, Modifiers = [.. l.Modifiers], Units = l.Units, Charge = l.Charge, DiagnosisPointers = [.. l.DiagnosisPointers],
        ServiceDate = l.ServiceDate, RevenueCode = l.RevenueCode, LineNumber = l.LineNumber,
    }).ToList();

    private static List<CodeServiceLineInput> AsInput(IEnumerable<ClaimLine> lines) => lines.OrderBy(l => l.LineNumber)
        .Select(l => new CodeServiceLineInput(l.ProcedureCode, l.Modifiers, l.Units, l.Charge, l.DiagnosisPointers, l.ServiceDate, l.RevenueCode)).ToList();

    // New codes on a claim not yet paid; a changed total re-posts its charge (reversal + new charge) so the ledger follows.
    private static async Task Recode<T>(MutationContext<T> m, Claim claim, List<string>? diagnosisInput, List<CodeServiceLineInput>? lineInput)
    {
        var encounter = await m.Db.Encounters.SingleAsync(e => e.Id == claim.EncounterId);
        var currentDiagnoses = await m.Db.ClaimDiagnoses.Where(d => d.ClaimId == claim.Id).OrderBy(d => d.Sequence).Select(d => d.Code).ToListAsync();
        var currentLines = await m.Db.ClaimLines.AsNoTracking().Where(l => l.ClaimId == claim.Id).ToListAsync();
        var (diagnoses, lines) = await EncounterMutations.ReadCodingAsync(m, diagnosisInput ?? currentDiagnoses, lineInput ?? AsInput(currentLines), encounter);
        await m.Db.ClaimDiagnoses.Where(d => d.ClaimId == claim.Id).ExecuteDeleteAsync();
        await m.Db.ClaimLines.Where(l => l.ClaimId == claim.Id).ExecuteDeleteAsync();
        var (newDiagnoses, newLines) = BuildCoding(claim.Id, diagnoses, lines);
        m.Db.ClaimDiagnoses.AddRange(newDiagnoses);
        m.Db.ClaimLines.AddRange(newLines);
        var total = newLines.Sum(l => l.Charge * l.Units);
        var account = await PatientAccount.LoadAsync(m.Db, claim.PatientId, m.Actor);
        if (total != claim.TotalCharge)
        {
            foreach (var charge in account.OpenEntries(claim.Id, LedgerEntryKind.Charge))
                account.Post(charge.ReversedBy(Guid.CreateVersion7(), m.Now, "Claim corrected"));
            account.Post(Ledger.LedgerEntry.Charge(Guid.CreateVersion7(), total, m.Now, claim.Id, memo: $"Claim {claim.Number} corrected"));
        }
        claim.TotalCharge = total;
        account.Refresh(claim);
    }

    // CLM01: tenant prefix + date of service + a sequence; unique per tenant (index), at most 20 characters for X12.
    private static async Task<string> NextNumberAsync(RevenueCycleDb db, DateOnly serviceDate)
    {
        var slug = await db.Tenants.Where(t => t.Id == db.CurrentTenantId).Select(t => t.Slug).SingleAsync();
        var prefix = $"{new string(slug.ToUpperInvariant().Where(char.IsLetterOrDigit).Take(8).ToArray())}{serviceDate:yyMMdd}";
        var taken = await db.Claims.Where(c => c.Number.StartsWith(prefix)).Select(c => c.Number).ToListAsync();
        var next = taken.Select(n => int.TryParse(n[prefix.Length..], out var k) ? k : 0).DefaultIfEmpty(0).Max() + 1;
        return $"{prefix}{next:D5}";
    }
}
