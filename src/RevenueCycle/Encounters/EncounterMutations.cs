using System.ComponentModel;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.Identity;
using RevenueCycle.Patients;
using RevenueCycle.Payers;
using RevenueCycle.Practice;

namespace RevenueCycle.Encounters;

public sealed record OpenEncounterInput([property: Id] string PatientId, [property: Id] string ProviderId, [property: Id] string FacilityId,
    EncounterKind Kind, DateOnly ServiceDateFrom, DateOnly? ServiceDateTo, string? IdempotencyKey) : IIdempotentInput;

public sealed record DocumentEncounterInput([property: Id] string EncounterId, long? Version, string Notes,
    [property: Description("Sign the notes: moves the encounter to DOCUMENTED. Unsigned notes are saved as a draft.")] bool Sign, string? IdempotencyKey) : IIdempotentInput;

public sealed record QueryProviderInput([property: Id] string EncounterId, long? Version,
    [property: Description("The coder's question to the provider; the encounter waits ON_HOLD until it is answered.")] string Question, string? IdempotencyKey) : IIdempotentInput;

public sealed record AnswerCoderQueryInput([property: Id] string EncounterId, long? Version, string Answer, string? IdempotencyKey) : IIdempotentInput;

public sealed record ReopenEncounterInput([property: Id] string EncounterId, long? Version, string Reason, string? IdempotencyKey) : IIdempotentInput;

public sealed record CodeServiceLineInput(
    [property: Description("CPT (99214) or HCPCS Level II (J3301) code.")] string ProcedureCode,
    List<string>? Modifiers, decimal? Units,
    [property: Description("Charge per unit; omitted: the tenant's fee schedule price in force on the date of service.")] decimal? Charge,
    [property: Description("1-based positions in the diagnoses list (1 = A), one to four.")] List<int> DiagnosisPointers,
    DateOnly? ServiceDate, string? RevenueCode);

public sealed record CodeEncounterInput([property: Id] string EncounterId, long? Version,
    [property: Description("ICD-10-CM codes in order (the first is the principal diagnosis), with or without the dot.")] List<string> Diagnoses,
    List<CodeServiceLineInput> ServiceLines, string? IdempotencyKey) : IIdempotentInput;

/// <summary>Encounters: opened at check-in, documented and signed by the provider, coded by coders.</summary>
public static partial class EncounterMutations
{
    private static readonly string[] Intake = [Roles.FrontDesk, Roles.Provider, Roles.TenantAdmin];
    private static readonly string[] Clinicians = [Roles.Provider, Roles.TenantAdmin];
    private static readonly string[] Coders = [Roles.Coder, Roles.TenantAdmin];
    private static readonly Type[] Transition = [typeof(InvalidTransitionErrorType)];

    public static void Register(ObjectGraphType root)
    {
        root.Mutation<OpenEncounterInput>("openEncounter", "Opens a visit for a patient with a provider at a facility.", "encounter", "Encounter", Intake, async m =>
        {
            var i = m.Input;
            var patient = await m.FindAsync<Patient>(i.PatientId, "Patient");
            var provider = await m.FindAsync<Provider>(i.ProviderId, "Provider");
            var facility = await m.FindAsync<Facility>(i.FacilityId, "Facility");
            if (provider.IsArchived) throw MutationException.Invalid("providerId", "The provider is archived.");
            if (facility.IsArchived) throw MutationException.Invalid("facilityId", "The facility is archived.");
            var to = i.ServiceDateTo ?? i.ServiceDateFrom;
            if (to < i.ServiceDateFrom) throw MutationException.Invalid("serviceDateTo", "The visit ends before it starts.");
            if (i.ServiceDateFrom > m.Today.AddDays(1)) throw MutationException.Invalid("serviceDateFrom", "A visit cannot be in the future.");
            var encounter = new Encounter
            {
                PatientId = patient.Id, ProviderId = provider.Id, FacilityId = facility.Id, Kind = i.Kind,
                ServiceDateFrom = i.ServiceDateFrom, ServiceDateTo = to, Status = EncounterStatus.Open,
            };
            m.Db.Encounters.Add(encounter);
            m.Db.RecordCreated(encounter, m.Actor, m.Now);
            return encounter;
        });

        root.Mutation<DocumentEncounterInput>("documentEncounter", "Saves the visit notes; signing them moves the encounter to DOCUMENTED.", "encounter", "Encounter", Clinicians, async m =>
        {
            var encounter = await m.FindAsync<Encounter>(m.Input.EncounterId, "Encounter", m.Input.Version);
            if (encounter.Status != EncounterStatus.Open)
                throw new MutationException(new InvalidTransitionError($"Notes can be written only while the encounter is OPEN; it is {encounter.Status}.", "Encounter", Workflows.StatusNames.Of(encounter.Status), "DOCUMENTED"));
            encounter.Notes = PatientMutations.Required(m.Input.Notes, "notes");
            if (m.Input.Sign)
            {
                encounter.NotesSignedAt = m.UtcNow;
                m.Db.Move(encounter, EncounterStatus.Documented, m.Actor, m.Now, facts: new EncounterFacts(NotesSigned: true));
            }
            return encounter;
        }, Transition);

        root.Mutation<QueryProviderInput>("queryProvider", "A coder's question to the provider: puts the encounter ON_HOLD until answered.", "encounter", "Encounter", Coders, async m =>
        {
            var encounter = await m.FindAsync<Encounter>(m.Input.EncounterId, "Encounter", m.Input.Version);
            var question = PatientMutations.Required(m.Input.Question, "question");
            m.Db.Move(encounter, EncounterStatus.OnHold, m.Actor, m.Now, question);
            encounter.HoldQuery = question;
            encounter.HoldAnswer = null;
            return encounter;
        }, Transition);

        root.Mutation<AnswerCoderQueryInput>("answerCoderQuery", "The provider's answer to a coder query: the encounter returns to DOCUMENTED.", "encounter", "Encounter", Clinicians, async m =>
        {
            var encounter = await m.FindAsync<Encounter>(m.Input.EncounterId, "Encounter", m.Input.Version);
            var answer = PatientMutations.Required(m.Input.Answer, "answer");
            m.Db.Move(encounter, EncounterStatus.Documented, m.Actor, m.Now, answer);
            encounter.HoldAnswer = answer;
            return encounter;
        }, Transition);

        root.Mutation<ReopenEncounterInput>("reopenEncounter", "Takes a coded (not yet billed) encounter back to DOCUMENTED for an addendum or recoding.", "encounter", "Encounter", [Roles.Coder, Roles.Provider, Roles.TenantAdmin], async m =>
        {
            var encounter = await m.FindAsync<Encounter>(m.Input.EncounterId, "Encounter", m.Input.Version);
            m.Db.Move(encounter, EncounterStatus.Documented, m.Actor, m.Now, m.Input.Reason);
            return encounter;
        }, Transition);

        root.Mutation<CodeEncounterInput>("codeEncounter", "Codes a documented encounter: diagnoses in order and service lines; moves it to CODED.", "encounter", "Encounter", Coders, async m =>
        {
            var i = m.Input;
            var encounter = await m.FindAsync<Encounter>(i.EncounterId, "Encounter", i.Version);
            var (diagnoses, lines) = await ReadCodingAsync(m, i.Diagnoses, i.ServiceLines, encounter);

            // Recoding replaces the previous codes: the rows are children of a not-yet-billed encounter, nothing refers to them.
            await m.Db.EncounterDiagnoses.Where(d => d.EncounterId == encounter.Id).ExecuteDeleteAsync();
            await m.Db.ServiceLines.Where(l => l.EncounterId == encounter.Id).ExecuteDeleteAsync();
            m.Db.EncounterDiagnoses.AddRange(diagnoses.Select((code, n) => new EncounterDiagnosis { EncounterId = encounter.Id, Sequence = n + 1, Code = code }));
            m.Db.ServiceLines.AddRange(lines);
            m.Db.Move(encounter, EncounterStatus.Coded, m.Actor, m.Now, facts: new EncounterFacts(DiagnosisCount: diagnoses.Count, ServiceLineCount: lines.Count));
            encounter.UpdatedAt = m.UtcNow; // the row changes status; the version bump comes with it
            return encounter;
        }, Transition);
    }

    /// <summary>Validates coded diagnoses and lines (shared by encounter coding and claim corrections); prices from the fee schedule.</summary>
    internal static async Task<(List<string> Diagnoses, List<ServiceLine> Lines)> ReadCodingAsync<T>(MutationContext<T> m,
        List<string> diagnosisInput, List<CodeServiceLineInput> lineInput, Encounter encounter)
    {
        var diagnoses = diagnosisInput.Select((code, n) => NormalizeDiagnosis(code, $"diagnoses[{n}]")).ToList();
        if (diagnoses.Count is 0 or > 12) throw MutationException.Invalid("diagnoses", "Give one to twelve diagnoses.");
        if (diagnoses.Distinct().Count() != diagnoses.Count) throw MutationException.Invalid("diagnoses", "A diagnosis is listed twice.");
        if (lineInput.Count is 0 or > 50) throw MutationException.Invalid("serviceLines", "Give one to fifty service lines.");
        var prices = await FeeSchedulePricesAsync(m, encounter.ServiceDateFrom, lineInput.Select(l => l.ProcedureCode.Trim().ToUpperInvariant()));
        var lines = lineInput.Select((line, n) => ToServiceLine(line, n, diagnoses.Count, encounter, prices)).ToList();
        return (diagnoses, lines);
    }


    private static ServiceLine ToServiceLine(CodeServiceLineInput line, int n, int diagnosisCount, Encounter encounter, IReadOnlyDictionary<string, decimal> prices)
    {
        var at = $"serviceLines[{n}]";
        var code = line.ProcedureCode.Trim().ToUpperInvariant();
        if (!ProcedureCode().IsMatch(code)) throw MutationException.Invalid($"{at}.procedureCode", $"'{line.ProcedureCode}' is not a CPT or HCPCS code.");
        var modifiers = (line.Modifiers ?? []).Select(x => x.Trim().ToUpperInvariant()).ToList();
        if (modifiers.Count > 4 || modifiers.Any(x => !Modifier().IsMatch(x)))
            throw MutationException.Invalid($"{at}.modifiers", "At most four modifiers of two letters or digits.");
        var units = line.Units ?? 1;
        if (units <= 0 || units > 9999) throw MutationException.Invalid($"{at}.units", "Units must be positive.");
        if (line.DiagnosisPointers.Count is 0 or > 4 || line.DiagnosisPointers.Any(p => p < 1 || p > diagnosisCount) || line.DiagnosisPointers.Distinct().Count() != line.DiagnosisPointers.Count)
            throw MutationException.Invalid($"{at}.diagnosisPointers", $"Point at one to four different diagnoses between 1 and {diagnosisCount}.");
        var charge = line.Charge ?? (prices.TryGetValue(code, out var price) ? price
            : throw MutationException.Invalid($"{at}.charge", $"No fee schedule price for {code} on {encounter.ServiceDateFrom:yyyy-MM-dd}; give the charge."));
        if (charge <= 0 || decimal.Round(charge, 2) != charge) throw MutationException.Invalid($"{at}.charge", "A charge is positive with at most two decimals.");
        var date = line.ServiceDate ?? encounter.ServiceDateFrom;
        if (date < encounter.ServiceDateFrom || date > encounter.ServiceDateTo)
            throw MutationException.Invalid($"{at}.serviceDate", "The line's date is outside the visit's dates.");
        return new ServiceLine
        {
            EncounterId = encounter.Id, LineNumber = n + 1, ProcedureCode = code, Modifiers = modifiers, Units = units,
            Charge = charge, DiagnosisPointers = [.. line.DiagnosisPointers], ServiceDate = date, RevenueCode = PatientMutations.Blank(line.RevenueCode),
        };
    }

    // The tenant's own (not payer-specific) schedule in force on the date of service sets the practice's charge.
    private static async Task<IReadOnlyDictionary<string, decimal>> FeeSchedulePricesAsync<T>(MutationContext<T> m, DateOnly on, IEnumerable<string> codes)
    {
        var wanted = codes.Distinct().ToList();
        var rows = await m.Db.FeeSchedules
            .Where(f => f.PayerId == null && !f.IsArchived && f.EffectiveFrom <= on && (f.EffectiveTo == null || on <= f.EffectiveTo))
            .OrderByDescending(f => f.EffectiveFrom)
            .SelectMany(f => f.Entries.Where(e => wanted.Contains(e.ProcedureCode)).Select(e => new { e.ProcedureCode, e.Price }))
            .ToListAsync();
        return rows.GroupBy(r => r.ProcedureCode).ToDictionary(g => g.Key, g => g.First().Price);
    }

    private static string NormalizeDiagnosis(string code, string field)
    {
        var value = code.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
        return Icd10().IsMatch(value) ? value : throw MutationException.Invalid(field, $"'{code}' is not an ICD-10-CM code.");
    }

    [GeneratedRegex("^[A-Z][0-9][0-9A-Z]{1,5}$")]
    private static partial Regex Icd10();

    [GeneratedRegex("^([0-9]{4}[0-9FTU]|[A-V][0-9]{4})$")]
    private static partial Regex ProcedureCode();

    [GeneratedRegex("^[A-Z0-9]{2}$")]
    private static partial Regex Modifier();
}
