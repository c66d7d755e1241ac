using Microsoft.EntityFrameworkCore;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.Patients;
using RevenueCycle.Tenancy;
using RevenueCycle.X12;

namespace RevenueCycle.Claims;

/// <summary>
/// Turns READY claims into one 837 interchange, stored as a <see cref="SubmissionBatch"/>, and moves them to
/// SUBMITTED — in the caller's transaction, so a refusal (a claim not READY, an 837 the writer refuses) submits
/// nothing. The mapping: the tenant is submitter and billing provider, the payer is receiver and payer, the
/// coverage gives the subscriber (the patient when the relationship is self, else a dependent patient loop), the
/// claim gives diagnoses, lines with pointers and its frequency (7/8 carry the replaced claim's payer claim number).
/// Interchange control numbers come from the tenant's counter (<see cref="Tenant.LastInterchangeControlNumber"/>),
/// so concurrent submissions never collide; the unique index on (tenant, number) stays as the last guard.
/// </summary>
public static class ClaimSubmission
{
    public static async Task<SubmissionBatch> SubmitAsync(RevenueCycleDb db, IReadOnlyList<Guid> claimIds, string actor, DateTimeOffset now, CancellationToken cancellation = default)
    {
        if (claimIds.Count == 0) throw MutationException.Invalid("claimIds", "Name at least one claim.");
        var claims = await db.Claims
            .Include(c => c.Lines).Include(c => c.Diagnoses).Include(c => c.Patient).Include(c => c.Coverage)
            .Include(c => c.Payer).Include(c => c.Provider).Include(c => c.Facility)
            .AsSplitQuery().Where(c => claimIds.Contains(c.Id)).ToListAsync(cancellation);
        var missing = claimIds.FirstOrDefault(id => claims.All(c => c.Id != id));
        if (missing != Guid.Empty) throw MutationException.NotFound(GraphQL.Relay.GlobalId.Encode("Claim", missing), "Claim");
        claims = [.. claimIds.Select(id => claims.First(c => c.Id == id))];
        if (claims.Select(c => c.Form).Distinct().Count() > 1)
            throw MutationException.Invalid("claimIds", "Submit professional and institutional claims in separate batches.");

        // Every claim moves before anything is written: a claim that is not READY refuses the whole batch.
        foreach (var claim in claims) db.Move(claim, ClaimStatus.Submitted, actor, now, "Submitted in an 837 batch");

        var tenant = await db.Tenants.SingleAsync(t => t.Id == db.CurrentTenantId, cancellation);
        var replacedIds = claims.Select(c => c.ReplacesClaimId).OfType<Guid>().ToList();
        var replaced = await db.Claims.AsNoTracking().Where(c => replacedIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.PayerClaimControlNumber, cancellation);
        var controlNumber = await NextControlNumberAsync(db, cancellation);

        var drafts = claims.Select(c => ToDraft(c, tenant, c.ReplacesClaimId is { } r ? replaced.GetValueOrDefault(r) : null)).ToList();
        string content;
        try
        {
            content = Claim837Writer.Write(drafts, new X12Envelope
            {
                SenderId = Submitter(tenant), ReceiverId = claims[0].Payer!.EdiPayerId, InterchangeControlNumber = checked((int)controlNumber),
                GroupControlNumber = checked((int)controlNumber),
                CreatedAt = now.UtcDateTime,
            });
        }
        catch (ArgumentException e)
        {
            throw MutationException.Invalid("claimIds", e.Message);
        }

        var batch = new SubmissionBatch
        {
            InterchangeControlNumber = controlNumber, GroupControlNumber = controlNumber, Form = claims[0].Form, ClaimCount = claims.Count, TotalCharge = claims.Sum(c => c.TotalCharge),
            Content = content, CreatedBy = actor, CreatedAt = now.UtcDateTime,
        };
        db.SubmissionBatches.Add(batch);
        foreach (var claim in claims)
        {
            claim.SubmissionBatchId = batch.Id;
            claim.SubmittedAt = now.UtcDateTime;
        }
        return batch;
    }

    /// <summary>
    /// Increments the tenant's counter and reads it back, in the caller's transaction. The UPDATE takes the row's
    /// write lock until the transaction ends: a concurrent submitter waits for it and then increments the committed
    /// value (PostgreSQL, read committed) — or, if this transaction rolls back, reuses the number, which was never sent.
    /// </summary>
    private static async Task<long> NextControlNumberAsync(RevenueCycleDb db, CancellationToken cancellation)
    {
        var tenantId = db.CurrentTenantId;
        await db.Tenants.Where(t => t.Id == tenantId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastInterchangeControlNumber, t => t.LastInterchangeControlNumber + 1), cancellation);
        var next = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.LastInterchangeControlNumber).SingleAsync(cancellation);
        // ISA13 has nine digits.
        if (next > 999_999_999) throw MutationException.Invalid("claimIds", "The tenant has used every interchange control number (999,999,999).");
        return next;
    }

    private static string Submitter(Tenant tenant) => tenant.SubmitterId ?? tenant.BillingNpi ?? tenant.Slug.ToUpperInvariant();

    public static Claim837 ToDraft(Claim claim, Tenant tenant, string? replacedPayerClaimNumber)
    {
        var patient = claim.Patient!;
        var coverage = claim.Coverage!;
        var payer = claim.Payer!;
        var provider = claim.Provider!;
        var professional = claim.Form == ClaimForm.Professional;
        var self = coverage.Relationship == SubscriberRelationship.Self;
        var patientAddress = Postal(patient.Address);
        var rendering = new Provider837(new PartyName(provider.LastName, provider.FirstName), provider.Npi)
            { TaxonomyCode = professional ? provider.TaxonomyCode : null };

        return new Claim837
        {
            Kind = professional ? ClaimKind.Professional : ClaimKind.Institutional,
            Submitter = new Submitter837(tenant.Name, Submitter(tenant)),
            Receiver = new Receiver837(payer.Name, payer.EdiPayerId),
            BillingProvider = new BillingProvider837(new PartyName(tenant.Name), tenant.BillingNpi ?? "", (tenant.TaxId ?? "").Replace("-", "", StringComparison.Ordinal),
                Postal(tenant.Address)),
            Subscriber = new Subscriber837(
                self ? new PartyName(patient.LastName, patient.FirstName) : new PartyName(coverage.SubscriberLastName ?? patient.LastName, coverage.SubscriberFirstName),
                coverage.MemberId)
            {
                PayerResponsibility = coverage.Priority switch { CoveragePriority.Secondary => "S", CoveragePriority.Tertiary => "T", _ => "P" },
                GroupNumber = coverage.GroupNumber,
                ClaimFilingIndicator = payer.ClaimFilingIndicator,
                BirthDate = self ? patient.DateOfBirth : coverage.SubscriberDateOfBirth,
                Sex = self ? SexCode(patient.Sex) : coverage.SubscriberDateOfBirth is null ? null : "U",
                Address = self ? patientAddress : null,
            },
            Payer = new Payer837(payer.Name, payer.EdiPayerId) { Address = Postal(payer.Address) },
            Patient = self ? null : new Patient837(new PartyName(patient.LastName, patient.FirstName), coverage.Relationship switch
            {
                SubscriberRelationship.Spouse => "01",
                SubscriberRelationship.Child => "19",
                _ => "G8",
            }) { BirthDate = patient.DateOfBirth, Sex = SexCode(patient.Sex), Address = patientAddress },
            ClaimNumber = claim.Number,
            TotalCharge = claim.TotalCharge,
            // 837I: the facility type code (first two digits of the bill type); 13 hospital outpatient.
            PlaceOfService = professional ? claim.Facility!.PlaceOfServiceCode : "13",
            FrequencyCode = ((int)claim.Frequency).ToString(System.Globalization.CultureInfo.InvariantCulture),
            PayerClaimControlNumber = claim.Frequency == ClaimFrequency.Original ? null : replacedPayerClaimNumber,
            Diagnoses = [.. claim.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code)],
            Lines = [.. claim.Lines.OrderBy(l => l.LineNumber).Select(l => new ServiceLine837
            {
                ProcedureCode = l.ProcedureCode,
                Modifiers = l.Modifiers,
                Charge = l.Charge * l.Units,
                Units = l.Units,
                DiagnosisPointers = professional ? l.DiagnosisPointers : [],
                ServiceDate = l.ServiceDate,
                RevenueCode = professional ? null : l.RevenueCode,
                LineControlNumber = $"{claim.Number}-{l.LineNumber}",
            })],
            RenderingProvider = professional ? rendering : null,
            AttendingProvider = professional ? null : rendering,
            StatementFrom = professional ? null : claim.ServiceDateFrom,
            StatementThrough = professional ? null : claim.ServiceDateTo,
        };
    }

    private static PostalAddress Postal(Address a) => new(a.Line1, a.Line2, a.City, a.State, a.PostalCode);

    private static string SexCode(Sex sex) => sex switch { Sex.Female => "F", Sex.Male => "M", _ => "U" };
}
