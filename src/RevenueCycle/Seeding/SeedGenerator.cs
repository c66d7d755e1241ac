using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.Denials;
using RevenueCycle.Encounters;
using RevenueCycle.Ledger;
using RevenueCycle.Patients;
using RevenueCycle.Payers;
using RevenueCycle.Payments;
using RevenueCycle.Practice;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Seeding;

/// <summary>
/// Builds one tenant's demo rows from a fixed random seed. Claims cycle through every claim status with a
/// consistent story: status history, acknowledgements, remittance postings, denials and ledger entries whose
/// sum is the claim's balance.
/// </summary>
internal sealed class SeedGenerator
{
    private static readonly DateOnly Anchor = new(2026, 10, 30);
    private static readonly ClaimStatus[] StatusCycle =
        [ClaimStatus.Draft, ClaimStatus.Ready, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Rejected, ClaimStatus.Paid,
         ClaimStatus.PartiallyPaid, ClaimStatus.Denied, ClaimStatus.Appealed, ClaimStatus.Closed, ClaimStatus.Voided];
    private static readonly EncounterStatus[] UnbilledCycle =
        [EncounterStatus.Open, EncounterStatus.Documented, EncounterStatus.OnHold, EncounterStatus.Coded];
    private static readonly (string Carc, string? Rarc, DenialCategory Category)[] DenialReasons =
        [("50", "N115", DenialCategory.MedicalNecessity), ("197", null, DenialCategory.Authorization),
         ("16", "M76", DenialCategory.MissingInformation), ("27", null, DenialCategory.Eligibility), ("29", null, DenialCategory.TimelyFiling)];

    private readonly TenantSeed _seed;
    private readonly Random _random;
    private readonly List<Provider> _providers = [];
    private readonly List<Facility> _facilities = [];
    private readonly List<Payer> _payers = [];

    public SeedGenerator(TenantSeed seed)
    {
        _seed = seed;
        _random = new Random(seed.Slug.Aggregate(17, (h, c) => h * 31 + c));
        Tenant = new Tenant
        {
            Id = Id("tenant", 0),
            Name = seed.Name,
            Slug = seed.Slug,
            BillingNpi = "1234567893",
            TaxId = "12-3456789",
            TimeZone = seed.TimeZone,
            SubmitterId = seed.Slug.ToUpperInvariant() + "01",
            Address = new Address { Line1 = "100 Main St", City = "Springfield", State = "IL", PostalCode = "62701-2204" },
        };
    }

    public Tenant Tenant { get; }

    private Guid Id(string kind, object index) => SeedIds.For($"{_seed.Slug}:{kind}", index);

    /// <summary>Providers, facilities, payers and the fee schedule.</summary>
    public IEnumerable<object> Reference()
    {
        (string First, string Last, string Npi, string Credential, string Taxonomy)[] clinicians =
        [
            ("Maria", "Alvarez", "1987654328", "MD", "207Q00000X"),
            ("James", "Okafor", "1456789019", "DO", "207R00000X"),
            ("Priya", "Shah", "1678901236", "NP", "363LF0000X"),
        ];
        foreach (var (c, i) in clinicians.Select((c, i) => (c, i)))
            _providers.Add(new Provider { Id = Id("provider", i), FirstName = c.First, LastName = c.Last, Npi = c.Npi, Credential = c.Credential, TaxonomyCode = c.Taxonomy });
        _facilities.Add(new Facility { Id = Id("facility", 0), Name = "Main Clinic", Npi = "1122334455", PlaceOfServiceCode = "11",
            Address = new Address { Line1 = "100 Main St", City = "Springfield", State = "IL", PostalCode = "62701" } });
        _facilities.Add(new Facility { Id = Id("facility", 1), Name = "Outpatient Center", Npi = "1564738296", PlaceOfServiceCode = "22",
            Address = new Address { Line1 = "2 Hospital Dr", City = "Springfield", State = "IL", PostalCode = "62702" } });
        foreach (var (p, i) in SeedCatalog.Payers.Select((p, i) => (p, i)))
            _payers.Add(new Payer { Id = Id("payer", i), Name = p.Name, EdiPayerId = p.EdiId, Kind = p.Kind, ClaimFilingIndicator = p.Filing,
                TimelyFilingDays = p.TimelyDays, AppealDays = p.AppealDays,
                Address = new Address { Line1 = "PO Box " + (1000 + i), City = "Chicago", State = "IL", PostalCode = "60601" } });

        var schedule = new FeeSchedule { Id = Id("fee-schedule", 0), Name = "Standard 2026", EffectiveFrom = new DateOnly(2026, 1, 1) };
        schedule.Entries.AddRange(SeedCatalog.Procedures.Select((p, i) => new FeeScheduleEntry
            { Id = Id("fee", i), ProcedureCode = p.Code, Price = p.Price, ExpectedAllowed = Math.Round(p.Price * 0.8m, 2) }));

        return [.. _providers, .. _facilities, .. _payers, schedule];
    }

    /// <summary>Patients with coverage, and their visits; each yielded list is one patient's rows.</summary>
    public IEnumerable<List<object>> Visits()
    {
        var insurers = _payers.Where(p => p.Kind != PayerKind.SelfPay).ToList();
        var patientCount = Math.Max(4, _seed.ClaimCount / 2);
        var claimIndex = 0;
        var unbilledIndex = 0;
        for (var p = 0; p < patientCount; p++)
        {
            var rows = new List<object>();
            var patient = NewPatient(p);
            rows.Add(patient);
            var primary = new Coverage
            {
                Id = Id("coverage", p), PatientId = patient.Id, PayerId = insurers[p % insurers.Count].Id,
                MemberId = $"M{100000 + p * 7:D8}", GroupNumber = p % 3 == 0 ? null : $"G{4000 + p % 50}",
                Relationship = SubscriberRelationship.Self, Priority = CoveragePriority.Primary,
                EffectiveFrom = new DateOnly(2025, 1, 1), Copay = p % 2 == 0 ? 25m : null,
                EligibilityStatus = EligibilityStatus.Active, EligibilityCheckedAt = At(Anchor.AddDays(-200), 9),
            };
            rows.Add(primary);
            if (p % 5 == 0)
                rows.Add(new Coverage
                {
                    Id = Id("coverage-2", p), PatientId = patient.Id, PayerId = insurers[(p + 1) % insurers.Count].Id,
                    MemberId = $"S{200000 + p:D8}", Relationship = SubscriberRelationship.Spouse, Priority = CoveragePriority.Secondary,
                    SubscriberFirstName = SeedCatalog.FirstNames[(p + 3) % SeedCatalog.FirstNames.Length], SubscriberLastName = patient.LastName,
                    SubscriberDateOfBirth = patient.DateOfBirth.AddYears(-2), EffectiveFrom = new DateOnly(2025, 6, 1),
                });

            var visits = claimIndex < _seed.ClaimCount ? Math.Min(2, _seed.ClaimCount - claimIndex) : 0;
            for (var v = 0; v < visits; v++, claimIndex++)
                rows.AddRange(BilledVisit(claimIndex, patient, primary));
            if (p % 3 == 0 && unbilledIndex < 24)
            {
                var visit = UnbilledVisit(unbilledIndex, patient);
                rows.Add(visit);
                rows.AddRange(EncounterHistory(visit, unbilledIndex++));
            }
            yield return rows;
        }
    }

    private Patient NewPatient(int p) => new()
    {
        Id = Id("patient", p),
        Mrn = $"MRN{p + 1:D6}",
        FirstName = SeedCatalog.FirstNames[p % SeedCatalog.FirstNames.Length],
        LastName = SeedCatalog.LastNames[(p * 7 + p / SeedCatalog.FirstNames.Length) % SeedCatalog.LastNames.Length],
        DateOfBirth = new DateOnly(1940 + p % 70, 1 + p % 12, 1 + p % 28),
        Sex = p % 2 == 0 ? Sex.Female : Sex.Male,
        Address = new Address { Line1 = $"{100 + p} {SeedCatalog.Streets[p % SeedCatalog.Streets.Length]}", City = "Springfield", State = "IL", PostalCode = "62704" },
        Phone = $"217-555-{p % 10000:D4}",
        Email = $"patient{p + 1}@example.com",
    };

    private Encounter NewEncounter(string kind, int index, Patient patient, DateOnly date, EncounterStatus status) => new()
    {
        Id = Id(kind, index), PatientId = patient.Id, ProviderId = _providers[index % _providers.Count].Id,
        FacilityId = _facilities[index % 7 == 0 ? 1 : 0].Id, Kind = EncounterKind.Professional,
        ServiceDateFrom = date, ServiceDateTo = date, Status = status,
        Notes = status == EncounterStatus.Open ? null : "Follow-up visit; assessment and plan documented.",
        NotesSignedAt = status == EncounterStatus.Open ? null : At(date, 17),
        HoldQuery = status == EncounterStatus.OnHold ? "Please confirm laterality and whether the condition is chronic." : null,
    };

    // OPEN → DOCUMENTED → CODED → BILLED up to the encounter's status (held encounters pass through ON_HOLD).
    private IEnumerable<EncounterStatusChange> EncounterHistory(Encounter encounter, int index)
    {
        EncounterStatus[] path = encounter.Status switch
        {
            EncounterStatus.Open => [EncounterStatus.Open],
            EncounterStatus.Documented => [EncounterStatus.Open, EncounterStatus.Documented],
            EncounterStatus.OnHold => [EncounterStatus.Open, EncounterStatus.Documented, EncounterStatus.OnHold],
            EncounterStatus.Coded => [EncounterStatus.Open, EncounterStatus.Documented, EncounterStatus.Coded],
            _ => [EncounterStatus.Open, EncounterStatus.Documented, EncounterStatus.Coded, EncounterStatus.Billed],
        };
        for (var s = 0; s < path.Length; s++)
            yield return new EncounterStatusChange
            {
                Id = Id("encounter-history", $"{encounter.Id}:{s}"), EncounterId = encounter.Id, From = s == 0 ? null : path[s - 1], To = path[s],
                Actor = s == 0 ? "seed" : path[s] switch { EncounterStatus.Documented => "provider@", EncounterStatus.Billed => "biller@", _ => "coder@" } + _seed.Slug,
                Reason = path[s] == EncounterStatus.OnHold ? encounter.HoldQuery : null,
                At = At(encounter.ServiceDateFrom, 9 + s),
            };
    }

    private Encounter UnbilledVisit(int index, Patient patient)
    {
        var status = UnbilledCycle[index % UnbilledCycle.Length];
        var encounter = NewEncounter("open-encounter", index, patient, Anchor.AddDays(-(index % 10)), status);
        if (status == EncounterStatus.Coded) Code(encounter, index);
        return encounter;
    }

    private void Code(Encounter encounter, int index)
    {
        var dx1 = SeedCatalog.Diagnoses[index % SeedCatalog.Diagnoses.Length];
        var dx2 = SeedCatalog.Diagnoses[(index + 3) % SeedCatalog.Diagnoses.Length];
        encounter.Diagnoses.Add(new EncounterDiagnosis { Id = Id("dx", $"{encounter.Id}:1"), Sequence = 1, Code = dx1 });
        encounter.Diagnoses.Add(new EncounterDiagnosis { Id = Id("dx", $"{encounter.Id}:2"), Sequence = 2, Code = dx2 });
        var visit = SeedCatalog.Procedures[index % 3];
        var extra = SeedCatalog.Procedures[3 + index % (SeedCatalog.Procedures.Length - 3)];
        encounter.ServiceLines.Add(new ServiceLine { Id = Id("sl", $"{encounter.Id}:1"), LineNumber = 1, ProcedureCode = visit.Code, Charge = visit.Price,
            DiagnosisPointers = [1, 2], ServiceDate = encounter.ServiceDateFrom, Modifiers = index % 4 == 0 ? ["25"] : [] });
        encounter.ServiceLines.Add(new ServiceLine { Id = Id("sl", $"{encounter.Id}:2"), LineNumber = 2, ProcedureCode = extra.Code, Charge = extra.Price,
            DiagnosisPointers = [1], ServiceDate = encounter.ServiceDateFrom });
    }

    private IEnumerable<object> BilledVisit(int i, Patient patient, Coverage coverage)
    {
        var status = StatusCycle[i % StatusCycle.Length];
        var date = Anchor.AddDays(-(3 + (i * 5) % 170));
        var encounter = NewEncounter("encounter", i, patient, date, EncounterStatus.Billed);
        Code(encounter, i);
        yield return encounter;
        foreach (var change in EncounterHistory(encounter, i)) yield return change;

        var payer = _payers.First(p => p.Id == coverage.PayerId);
        var claim = new Claim
        {
            Id = Id("claim", i), Number = $"{_seed.Slug.ToUpperInvariant()}{date:yyMMdd}{i:D5}", EncounterId = encounter.Id, PatientId = patient.Id,
            CoverageId = coverage.Id, PayerId = payer.Id, ProviderId = encounter.ProviderId, FacilityId = encounter.FacilityId,
            Form = ClaimForm.Professional, PayerSequence = CoveragePriority.Primary, ServiceDateFrom = date, ServiceDateTo = date, Status = status,
        };
        claim.Diagnoses.AddRange(encounter.Diagnoses.Select(d => new ClaimDiagnosis { Id = Id("claim-dx", $"{i}:{d.Sequence}"), Sequence = d.Sequence, Code = d.Code }));
        claim.Lines.AddRange(encounter.ServiceLines.Select(l => new ClaimLine
        {
            Id = Id("claim-line", $"{i}:{l.LineNumber}"), LineNumber = l.LineNumber, ProcedureCode = l.ProcedureCode, Modifiers = [.. l.Modifiers],
            Units = l.Units, Charge = l.Charge, DiagnosisPointers = [.. l.DiagnosisPointers], ServiceDate = l.ServiceDate,
        }));
        claim.TotalCharge = claim.Lines.Sum(l => l.Charge * l.Units);

        var path = PathTo(status);
        for (var s = 0; s < path.Count; s++)
            claim.StatusHistory.Add(new ClaimStatusChange
            {
                Id = Id("claim-history", $"{i}:{s}"), From = s == 0 ? null : path[s - 1], To = path[s],
                Actor = s == 0 ? "seed" : "biller@" + _seed.Slug, At = At(date.AddDays(1 + s * 4), 10 + s),
                Reason = path[s] switch { ClaimStatus.Rejected => "277CA A7:562 — rendering provider NPI not on file", ClaimStatus.Voided => "Duplicate of an earlier claim", _ => null },
            });
        if (path.Contains(ClaimStatus.Submitted)) claim.SubmittedAt = At(date.AddDays(1 + path.IndexOf(ClaimStatus.Submitted) * 4), 12);
        if (status == ClaimStatus.Draft && i % 2 == 0)
            claim.ScrubFindings.Add(new ScrubFinding { Id = Id("finding", i), RuleId = "TIMELY_FILING", Severity = ScrubSeverity.Warning,
                Message = "The payer's filing limit for this claim ends within 14 days; submit it soon.", At = At(date.AddDays(1), 11) });
        if (status == ClaimStatus.Draft && i % 2 == 1)
        {
            claim.ScrubFindings.Add(new ScrubFinding { Id = Id("finding", i), RuleId = "DIAGNOSIS_POINTERS", Severity = ScrubSeverity.Error, LineNumber = 2,
                Message = "Line 2 points at diagnosis 3, but the claim has 2 diagnoses.", At = At(date.AddDays(1), 11) });
        }
        yield return claim;

        foreach (var row in Money(i, claim, payer, path)) yield return row;
    }

    private static List<ClaimStatus> PathTo(ClaimStatus status)
    {
        List<ClaimStatus> submitted = [ClaimStatus.Draft, ClaimStatus.Ready, ClaimStatus.Submitted];
        List<ClaimStatus> accepted = [.. submitted, ClaimStatus.Accepted];
        return status switch
        {
            ClaimStatus.Draft => [ClaimStatus.Draft],
            ClaimStatus.Ready => [ClaimStatus.Draft, ClaimStatus.Ready],
            ClaimStatus.Submitted => submitted,
            ClaimStatus.Accepted => accepted,
            ClaimStatus.Rejected => [.. submitted, ClaimStatus.Rejected],
            ClaimStatus.Paid or ClaimStatus.PartiallyPaid or ClaimStatus.Denied => [.. accepted, status],
            ClaimStatus.Appealed => [.. accepted, ClaimStatus.Denied, ClaimStatus.Appealed],
            ClaimStatus.Closed => [.. accepted, ClaimStatus.Paid, ClaimStatus.Closed],
            ClaimStatus.Voided => [ClaimStatus.Draft, ClaimStatus.Voided],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
    }

    // Acknowledgements, the remittance posting and the ledger for one claim, consistent with its status.
    private IEnumerable<object> Money(int i, Claim claim, Payer payer, List<ClaimStatus> path)
    {
        var ledger = new PatientLedger();
        var postings = new List<Payments.LedgerEntry>();
        void Post(Ledger.LedgerEntry entry, Guid? remittance = null)
        {
            ledger.Post(entry);
            postings.Add(Payments.LedgerEntry.From(entry, claim.PatientId, "seed", remittance));
        }
        Guid NextId() => Id("ledger", $"{i}:{postings.Count}");
        DateTimeOffset On(DateOnly day) => new(At(day, 15));

        var charge = Ledger.LedgerEntry.Charge(NextId(), claim.TotalCharge, On(claim.ServiceDateFrom), claim.Id);
        Post(charge);
        if (claim.Status == ClaimStatus.Voided)
            Post(charge.ReversedBy(NextId(), On(claim.ServiceDateFrom.AddDays(5)), "Claim voided"));
        if (path.Contains(ClaimStatus.Accepted) || path.Contains(ClaimStatus.Rejected))
        {
            var accepted = path.Contains(ClaimStatus.Accepted);
            yield return new Acknowledgement { Id = Id("ack", i), ClaimId = claim.Id, Source = AcknowledgementSource.X12_277CA, Accepted = accepted,
                StatusCategory = accepted ? "A1" : "A7", StatusCode = accepted ? "20" : "562",
                Message = accepted ? "Accepted for processing" : "Entity's National Provider Identifier (NPI) not on file",
                ReceivedAt = At(claim.ServiceDateFrom.AddDays(12), 8) };
        }

        var adjudicated = path.Intersect([ClaimStatus.Paid, ClaimStatus.PartiallyPaid, ClaimStatus.Denied]).Any();
        if (adjudicated)
        {
            var denied = path.Contains(ClaimStatus.Denied);
            var partial = path.Contains(ClaimStatus.PartiallyPaid);
            var paid = denied ? 0m : Math.Round(claim.TotalCharge * (partial ? 0.40m : 0.72m), 2);
            var contractual = denied ? 0m : Math.Round(claim.TotalCharge * (partial ? 0.10m : 0.20m), 2);
            var coinsurance = denied || partial ? 0m : claim.TotalCharge - paid - contractual;
            var remitDate = claim.ServiceDateFrom.AddDays(21);
            var remittance = new Remittance { Id = Id("remittance", i), PayerId = payer.Id, PayerName = payer.Name, PayerIdentifier = payer.EdiPayerId,
                Method = PaymentMethod.Ach, TraceNumber = $"EFT{i:D7}", Amount = paid, PaymentDate = remitDate, PostedAt = At(remitDate, 9), PostedBy = "seed" };
            var payment = new ClaimPayment { Id = Id("claim-payment", i), RemittanceId = remittance.Id, ClaimId = claim.Id, PatientControlNumber = claim.Number,
                StatusCode = denied ? "4" : "1", Charge = claim.TotalCharge, Paid = paid, PatientResponsibility = coinsurance, PayerClaimControlNumber = $"PCN{i:D9}" };
            if (contractual > 0) payment.Adjustments.Add(Adjustment(i, 0, "CO", "45", null, contractual));
            if (coinsurance > 0) payment.Adjustments.Add(Adjustment(i, 1, "PR", "2", null, coinsurance));
            var reason = DenialReasons[i % DenialReasons.Length];
            if (denied) payment.Adjustments.Add(Adjustment(i, 2, "CO", reason.Carc, reason.Rarc, claim.TotalCharge));
            if (partial) payment.Adjustments.Add(Adjustment(i, 3, "CO", reason.Carc, reason.Rarc, claim.TotalCharge - paid - contractual));
            remittance.ClaimPayments.Add(payment);
            yield return remittance;

            claim.PayerClaimControlNumber = payment.PayerClaimControlNumber;
            claim.InsurancePaid = paid;
            claim.Adjusted = contractual;
            claim.PatientResponsibility = coinsurance;
            if (paid > 0) Post(Ledger.LedgerEntry.InsurancePayment(NextId(), paid, On(remitDate), claim.Id), remittance.Id);
            if (contractual > 0) Post(Ledger.LedgerEntry.Adjustment(NextId(), contractual, On(remitDate), claim.Id, memo: "CO-45"), remittance.Id);
            if (coinsurance > 0) Post(Ledger.LedgerEntry.TransferToPatient(NextId(), coinsurance, On(remitDate), claim.Id, "PR-2"), remittance.Id);
            if (claim.Status == ClaimStatus.Closed)
            {
                claim.PatientPaid = coinsurance;
                yield return new PatientPayment { Id = Id("patient-payment", i), PatientId = claim.PatientId, ClaimId = claim.Id, Amount = coinsurance,
                    Method = PaymentMethod.Card, Reference = $"CARD{i:D6}", ReceivedAt = At(remitDate.AddDays(10), 14), ReceivedBy = "frontdesk@" + _seed.Slug };
                Post(Ledger.LedgerEntry.PatientPayment(NextId(), coinsurance, On(remitDate.AddDays(10)), claim.Id));
            }
            if (denied || partial)
            {
                var denial = new Denial
                {
                    Id = Id("denial", i), ClaimId = claim.Id, ClaimPaymentId = payment.Id, GroupCode = "CO", ReasonCode = reason.Carc, RemarkCode = reason.Rarc,
                    Amount = denied ? claim.TotalCharge : claim.TotalCharge - paid - contractual, Category = reason.Category,
                    DueDate = remitDate.AddDays(payer.AppealDays),
                    Status = claim.Status == ClaimStatus.Appealed ? DenialStatus.Appealed : i % 2 == 0 ? DenialStatus.Open : DenialStatus.InReview,
                    OwnerUserId = i % 2 == 0 ? null : "biller@" + _seed.Slug,
                };
                yield return denial;
                DenialStatus[] steps = denial.Status switch
                {
                    DenialStatus.InReview => [DenialStatus.Open, DenialStatus.InReview],
                    DenialStatus.Appealed => [DenialStatus.Open, DenialStatus.InReview, DenialStatus.Appealed],
                    _ => [DenialStatus.Open],
                };
                for (var s = 0; s < steps.Length; s++)
                    yield return new DenialStatusChange { Id = Id("denial-history", $"{i}:{s}"), DenialId = denial.Id, From = s == 0 ? null : steps[s - 1], To = steps[s],
                        Actor = s == 0 ? "seed" : "biller@" + _seed.Slug, At = At(remitDate.AddDays(s * 3), 9 + s) };
            }
        }
        claim.Balance = ledger.ClaimBalance(claim.Id);
        foreach (var posting in postings) yield return posting;
    }

    private PaymentAdjustment Adjustment(int i, int n, string group, string carc, string? rarc, decimal amount) =>
        new() { Id = Id("adjustment", $"{i}:{n}"), GroupCode = group, ReasonCode = carc, RemarkCode = rarc, Amount = amount };

    private static DateTime At(DateOnly date, int hour) => date.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);
}
