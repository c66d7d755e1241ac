using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Mutations;
using RevenueCycle.Identity;
using RevenueCycle.Payers;

namespace RevenueCycle.Patients;

public sealed record AddressInput(string Line1, string? Line2, string City, string State, string PostalCode)
{
    public Address ToAddress() => new() { Line1 = Line1.Trim(), Line2 = Line2?.Trim(), City = City.Trim(), State = State.Trim().ToUpperInvariant(), PostalCode = PostalCode.Trim() };
}

public sealed record RegisterPatientInput(
    [property: Description("Medical record number, unique in your practice.")] string Mrn,
    string FirstName, string LastName, DateOnly DateOfBirth, Sex Sex, AddressInput Address, string? Phone, string? Email,
    [property: Description("Retries with the same key and input return the first result and register nobody twice.")] string? IdempotencyKey)
    : IIdempotentInput;

public sealed record UpdatePatientInput([property: Id] string PatientId, long? Version, string? FirstName, string? LastName,
    DateOnly? DateOfBirth, Sex? Sex, AddressInput? Address, string? Phone, string? Email, string? IdempotencyKey) : IIdempotentInput;

public sealed record AddCoverageInput([property: Id] string PatientId, [property: Id] string PayerId, string MemberId, string? GroupNumber,
    CoveragePriority Priority, SubscriberRelationship Relationship, string? SubscriberFirstName, string? SubscriberLastName,
    DateOnly? SubscriberDateOfBirth, DateOnly EffectiveFrom, DateOnly? EffectiveTo, decimal? Copay, string? IdempotencyKey) : IIdempotentInput;

public sealed record UpdateCoverageInput([property: Id] string CoverageId, long? Version, string? MemberId, string? GroupNumber,
    CoveragePriority? Priority, DateOnly? EffectiveFrom, decimal? Copay, string? IdempotencyKey) : IIdempotentInput;

public sealed record EndCoverageInput([property: Id] string CoverageId, long? Version, DateOnly EffectiveTo, string? IdempotencyKey) : IIdempotentInput;

public sealed record RecordEligibilityInput([property: Id] string CoverageId, EligibilityStatus Status, string? Note, decimal? Copay, string? IdempotencyKey) : IIdempotentInput;

/// <summary>Registration: front desk and billers register patients and their insurance.</summary>
public static class PatientMutations
{
    private static readonly string[] Registration = [Roles.FrontDesk, Roles.Biller, Roles.TenantAdmin];

    public static void Register(ObjectGraphType root)
    {
        root.Mutation<RegisterPatientInput>("registerPatient", "Registers a new patient.", "patient", "Patient", Registration, async m =>
        {
            var i = m.Input;
            Validate(i.FirstName, i.LastName, i.DateOfBirth, m.Today, i.Email);
            var mrn = Required(i.Mrn, "mrn");
            if (await m.Db.Patients.AnyAsync(p => p.Mrn == mrn))
                throw MutationException.Invalid("mrn", $"A patient with MRN {mrn} is already registered.");
            var patient = new Patient
            {
                Mrn = mrn, FirstName = i.FirstName.Trim(), LastName = i.LastName.Trim(), DateOfBirth = i.DateOfBirth, Sex = i.Sex,
                Address = i.Address.ToAddress(), Phone = Blank(i.Phone), Email = Blank(i.Email),
            };
            m.Db.Patients.Add(patient);
            return patient;
        });

        root.Mutation<UpdatePatientInput>("updatePatient", "Changes a patient's demographics; omitted fields keep their value.", "patient", "Patient", Registration, async m =>
        {
            var i = m.Input;
            var patient = await m.FindAsync<Patient>(i.PatientId, "Patient", i.Version);
            patient.FirstName = i.FirstName?.Trim() ?? patient.FirstName;
            patient.LastName = i.LastName?.Trim() ?? patient.LastName;
            patient.DateOfBirth = i.DateOfBirth ?? patient.DateOfBirth;
            patient.Sex = i.Sex ?? patient.Sex;
            if (i.Address is not null) patient.Address = i.Address.ToAddress();
            if (i.Phone is not null) patient.Phone = Blank(i.Phone);
            if (i.Email is not null) patient.Email = Blank(i.Email);
            Validate(patient.FirstName, patient.LastName, patient.DateOfBirth, m.Today, patient.Email);
            return patient;
        });

        root.Mutation<AddCoverageInput>("addCoverage", "Records a patient's insurance with a payer.", "coverage", "Coverage", Registration, async m =>
        {
            var i = m.Input;
            var patient = await m.FindAsync<Patient>(i.PatientId, "Patient");
            var payer = await m.FindAsync<Payer>(i.PayerId, "Payer");
            if (payer.IsArchived) throw MutationException.Invalid("payerId", $"Payer {payer.Name} is archived.");
            if (i.EffectiveTo < i.EffectiveFrom) throw MutationException.Invalid("effectiveTo", "The coverage ends before it starts.");
            if (i.Relationship != SubscriberRelationship.Self && (string.IsNullOrWhiteSpace(i.SubscriberFirstName) || string.IsNullOrWhiteSpace(i.SubscriberLastName) || i.SubscriberDateOfBirth is null))
                throw MutationException.Invalid("subscriberFirstName", "When the patient is not the subscriber, the subscriber's name and date of birth are required.");
            if (i.Copay < 0) throw MutationException.Invalid("copay", "A copay cannot be negative.");
            await RefuseOverlap(m.Db, patient.Id, null, i.Priority, i.EffectiveFrom, i.EffectiveTo);
            var coverage = new Coverage
            {
                PatientId = patient.Id, PayerId = payer.Id, MemberId = Required(i.MemberId, "memberId"), GroupNumber = Blank(i.GroupNumber),
                Priority = i.Priority, Relationship = i.Relationship, SubscriberFirstName = Blank(i.SubscriberFirstName),
                SubscriberLastName = Blank(i.SubscriberLastName), SubscriberDateOfBirth = i.SubscriberDateOfBirth,
                EffectiveFrom = i.EffectiveFrom, EffectiveTo = i.EffectiveTo, Copay = i.Copay,
            };
            m.Db.Coverages.Add(coverage);
            return coverage;
        });

        root.Mutation<UpdateCoverageInput>("updateCoverage", "Corrects a coverage; omitted fields keep their value.", "coverage", "Coverage", Registration, async m =>
        {
            var i = m.Input;
            var coverage = await m.FindAsync<Coverage>(i.CoverageId, "Coverage", i.Version);
            if (i.MemberId is not null) coverage.MemberId = Required(i.MemberId, "memberId");
            if (i.GroupNumber is not null) coverage.GroupNumber = Blank(i.GroupNumber);
            coverage.Priority = i.Priority ?? coverage.Priority;
            coverage.EffectiveFrom = i.EffectiveFrom ?? coverage.EffectiveFrom;
            if (i.Copay < 0) throw MutationException.Invalid("copay", "A copay cannot be negative.");
            coverage.Copay = i.Copay ?? coverage.Copay;
            if (coverage.EffectiveTo < coverage.EffectiveFrom) throw MutationException.Invalid("effectiveFrom", "The coverage would end before it starts.");
            await RefuseOverlap(m.Db, coverage.PatientId, coverage.Id, coverage.Priority, coverage.EffectiveFrom, coverage.EffectiveTo);
            return coverage;
        });

        root.Mutation<EndCoverageInput>("endCoverage", "Ends a coverage on a date (it stays on record for the claims it paid).", "coverage", "Coverage", Registration, async m =>
        {
            var coverage = await m.FindAsync<Coverage>(m.Input.CoverageId, "Coverage", m.Input.Version);
            if (m.Input.EffectiveTo < coverage.EffectiveFrom) throw MutationException.Invalid("effectiveTo", "The coverage would end before it starts.");
            coverage.EffectiveTo = m.Input.EffectiveTo;
            return coverage;
        });

        root.Mutation<RecordEligibilityInput>("recordEligibility", "Stores the result of an eligibility check (from a 271 or the payer's portal).", "coverage", "Coverage", Registration, async m =>
        {
            var coverage = await m.FindAsync<Coverage>(m.Input.CoverageId, "Coverage");
            coverage.EligibilityStatus = m.Input.Status;
            coverage.EligibilityNote = Blank(m.Input.Note);
            coverage.EligibilityCheckedAt = m.UtcNow;
            if (m.Input.Copay is { } copay)
                coverage.Copay = copay >= 0 ? copay : throw MutationException.Invalid("copay", "A copay cannot be negative.");
            return coverage;
        });
    }

    // Two coverages of the same priority at once would make "the primary payer" ambiguous on a claim.
    private static async Task RefuseOverlap(RevenueCycleDb db, Guid patientId, Guid? except, CoveragePriority priority, DateOnly from, DateOnly? to)
    {
        var others = await db.Coverages.Where(c => c.PatientId == patientId && c.Priority == priority && c.Id != except).ToListAsync();
        if (others.Any(o => o.EffectiveFrom <= (to ?? DateOnly.MaxValue) && from <= (o.EffectiveTo ?? DateOnly.MaxValue)))
            throw MutationException.Invalid("priority", $"The patient already has a {priority.ToString().ToLowerInvariant()} coverage in that period; end it first.");
    }

    private static void Validate(string first, string last, DateOnly dob, DateOnly today, string? email)
    {
        Required(first, "firstName");
        Required(last, "lastName");
        if (dob > today || dob < today.AddYears(-130)) throw MutationException.Invalid("dateOfBirth", "The date of birth is not plausible.");
        if (!string.IsNullOrWhiteSpace(email) && !email.Contains('@')) throw MutationException.Invalid("email", "The email address is not valid.");
    }

    internal static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw MutationException.Invalid(field, $"{field} is required.") : value.Trim();

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
