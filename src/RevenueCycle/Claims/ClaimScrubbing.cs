using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims.Scrubbing;
using RevenueCycle.Coding;
using RevenueCycle.Data;
using RevenueCycle.Patients;
using RevenueCycle.Practice;

namespace RevenueCycle.Claims;

/// <summary>
/// Runs the pure scrubber (RevenueCycle.Domain/Claims/Scrubbing) on a stored claim: copies the claim and its
/// neighbours out of the database, loads the code versions and the patient's other claims it needs in a few
/// queries, and stores the findings as the claim's latest scrub.
/// </summary>
public static class ClaimScrubbing
{
    public static async Task<IReadOnlyList<Scrubbing.ScrubFinding>> RunAsync(RevenueCycleDb db, Claim claim, DateOnly today, CancellationToken cancellation = default)
    {
        var tenant = await db.Tenants.SingleAsync(t => t.Id == claim.TenantId, cancellation);
        var patient = await db.Patients.SingleAsync(p => p.Id == claim.PatientId, cancellation);
        var coverage = await db.Coverages.SingleAsync(c => c.Id == claim.CoverageId, cancellation);
        var payer = await db.Payers.SingleAsync(p => p.Id == claim.PayerId, cancellation);
        var provider = await db.Providers.SingleAsync(p => p.Id == claim.ProviderId, cancellation);
        var facility = await db.Facilities.SingleAsync(f => f.Id == claim.FacilityId, cancellation);
        var lines = await db.ClaimLines.Where(l => l.ClaimId == claim.Id).OrderBy(l => l.LineNumber).ToListAsync(cancellation);
        var diagnoses = await db.ClaimDiagnoses.Where(d => d.ClaimId == claim.Id).OrderBy(d => d.Sequence).ToListAsync(cancellation);

        var scrubClaim = new ScrubClaim(
            claim.Number,
            claim.Form == ClaimForm.Professional ? ScrubClaimForm.Professional : ScrubClaimForm.Institutional,
            (ScrubClaimFrequency)(int)claim.Frequency,
            claim.PayerClaimControlNumber,
            claim.ServiceDateFrom, claim.ServiceDateTo,
            claim.Form == ClaimForm.Professional ? facility.PlaceOfServiceCode : null,
            claim.TotalCharge,
            new ScrubBillingProvider(tenant.BillingNpi, tenant.TaxId, tenant.Name, ToScrub(tenant.Address)),
            new ScrubRenderingProvider(provider.Npi, $"{provider.LastName}, {provider.FirstName}", provider.TaxonomyCode),
            new ScrubPatient(patient.Mrn, patient.FirstName, patient.LastName, patient.DateOfBirth, SexCode(patient.Sex), ToScrub(patient.Address)),
            new ScrubCoverage(coverage.MemberId, RelationshipCode(coverage.Relationship), coverage.EffectiveFrom, coverage.EffectiveTo),
            new ScrubPayer(payer.Name, payer.EdiPayerId, payer.ClaimFilingIndicator, payer.TimelyFilingDays),
            diagnoses.Select(d => new ScrubDiagnosis(d.Sequence, d.Code)).ToList(),
            lines.Select(l => new ScrubLine(l.LineNumber, l.ProcedureCode, SystemOf(l.ProcedureCode), l.Modifiers, l.Units, l.Charge * l.Units, l.DiagnosisPointers, l.ServiceDate)).ToList());

        var codes = await CodeVersionsAsync(db, diagnoses.Select(d => d.Code), lines.Select(l => l.ProcedureCode), cancellation);
        var context = new ScrubContext(today, (system, code) => codes.TryGetValue((system, code), out var versions) ? versions : [],
            await PriorLinesAsync(db, claim, patient.Mrn, provider.Npi, cancellation));
        return ClaimScrubber.Scrub(scrubClaim, context);
    }

    /// <summary>Replaces the claim's stored findings with this scrub's (the previous scrub stays in the audit trail).</summary>
    public static async Task StoreAsync(RevenueCycleDb db, Claim claim, IReadOnlyList<Scrubbing.ScrubFinding> findings, DateTime at, CancellationToken cancellation = default)
    {
        await db.ScrubFindings.Where(f => f.ClaimId == claim.Id).ExecuteDeleteAsync(cancellation);
        db.ScrubFindings.AddRange(findings.Select(f => new ScrubFinding
        {
            ClaimId = claim.Id, RuleId = f.RuleId, LineNumber = f.LineNumber, Message = f.Message, At = at,
            Severity = f.Severity == Scrubbing.ScrubSeverity.Error ? ScrubSeverity.Error : ScrubSeverity.Warning,
        }));
        claim.LastScrubbedAt = at;
    }

    private static async Task<Dictionary<(CodeSystem, string), IReadOnlyList<CodeVersion>>> CodeVersionsAsync(
        RevenueCycleDb db, IEnumerable<string> diagnoses, IEnumerable<string> procedures, CancellationToken cancellation)
    {
        var values = diagnoses.Concat(procedures).Distinct().ToList();
        var systems = new[] { CodeSystem.Icd10Cm, CodeSystem.Cpt, CodeSystem.HcpcsLevel2 };
        var rows = await db.Codes.AsNoTracking().Where(c => systems.Contains(c.System) && values.Contains(c.Value)).ToListAsync(cancellation);
        return rows.GroupBy(c => (c.System, c.Value)).ToDictionary(g => g.Key, g => (IReadOnlyList<CodeVersion>)g
            .Select(c => new CodeVersion(c.Value, c.Description, c.ShortDescription.Length == 0 ? null : c.ShortDescription, c.EffectiveFrom, c.EffectiveTo, c.Billable))
            .OrderBy(v => v.EffectiveFrom).ToList());
    }

    // The patient's other live claims around these dates; the claim's own family (what it replaces, its secondary
    // claims) bills the same services on purpose and is left out.
    private static async Task<IReadOnlyList<PriorClaimLine>> PriorLinesAsync(RevenueCycleDb db, Claim claim, string mrn, string npi, CancellationToken cancellation)
    {
        var start = claim.ServiceDateFrom.AddDays(-1);
        var end = claim.ServiceDateTo.AddDays(1);
        var family = claim.LedgerClaimId;
        var rows = await (
            from c in db.Claims
            where c.PatientId == claim.PatientId && c.Id != claim.Id && c.Status != ClaimStatus.Voided
                  && c.Id != family && c.ChargeClaimId != family && c.Id != claim.ReplacesClaimId
                  && c.ServiceDateFrom <= end && c.ServiceDateTo >= start
            join p in db.Providers on c.ProviderId equals p.Id
            join l in db.ClaimLines on c.Id equals l.ClaimId
            select new { c.Number, p.Npi, l.ServiceDate, l.ProcedureCode, l.Modifiers }).ToListAsync(cancellation);
        return rows.Select(r => new PriorClaimLine(r.Number, mrn, r.Npi, r.ServiceDate, r.ProcedureCode, r.Modifiers)).ToList();
    }

    public static CodeSystem SystemOf(string procedureCode) => char.IsLetter(procedureCode[0]) ? CodeSystem.HcpcsLevel2 : CodeSystem.Cpt;

    private static ScrubAddress ToScrub(Address a) => new(a.Line1, a.Line2, a.City, a.State, a.PostalCode);

    private static char SexCode(Sex sex) => sex switch { Sex.Female => 'F', Sex.Male => 'M', _ => 'U' };

    private static string RelationshipCode(SubscriberRelationship r) => r switch
    {
        SubscriberRelationship.Self => "18",
        SubscriberRelationship.Spouse => "01",
        SubscriberRelationship.Child => "19",
        _ => "G8",
    };
}
