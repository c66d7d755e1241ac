using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.Encounters;
using RevenueCycle.Infrastructure;
using static RevenueCycle.Workflow.WorkflowClient;

namespace RevenueCycle.Workflow;

/// <summary>
/// The workflow mutations of DESIGN §3 through real HTTP on each database: every move is recorded, an illegal
/// move or a stale version is a typed error that changes nothing, and money goes through the ledger.
/// </summary>
public abstract class WorkflowMutationTests(ApiHost host)
{
    private readonly WorkflowClient _w = new(host);

    private const string EncounterFields = "encounter { id status version notesSignedAt holdQuery diagnoses { code } serviceLines { procedureCode charge diagnosisPointers } statusHistory { from to actor reason } }";
    private const string ClaimFields = "claim { id number status version totalCharge balance frequency payerSequence scrubFindings { ruleId severity message } statusHistory { from to actor } ledger { kind amount } }";

    private async Task<(string Patient, string Provider, string Facility)> ChartAsync()
    {
        var data = (await _w.FrontDesk.GraphQLAsync("""
            { patients(first: 20, order: [{ mrn: ASC }]) { nodes { id coverages { priority effectiveTo } } }
              providers(first: 1) { nodes { id } } facilities(first: 1) { nodes { id } } }
            """)).Data();
        var patient = data["patients"]!["nodes"]!.AsArray().First(p => p!["coverages"]!.AsArray().Any(c => c!["priority"]!.GetValue<string>() == "PRIMARY" && c["effectiveTo"] is null))!;
        return (patient["id"]!.GetValue<string>(), data["providers"]!["nodes"]![0]!["id"]!.GetValue<string>(), data["facilities"]!["nodes"]![0]!["id"]!.GetValue<string>());
    }

    private async Task<JsonNode> CodedEncounterAsync(string serviceDate)
    {
        var (patient, provider, facility) = await ChartAsync();
        var opened = await MutateAsync(_w.FrontDesk, "openEncounter", "OpenEncounterInput",
            new { patientId = patient, providerId = provider, facilityId = facility, kind = "PROFESSIONAL", serviceDateFrom = serviceDate }, EncounterFields);
        AssertOk(opened);
        var id = opened["encounter"]!["id"]!.GetValue<string>();
        AssertOk(await MutateAsync(_w.Provider, "documentEncounter", "DocumentEncounterInput", new { encounterId = id, notes = "Follow-up for diabetes and hypertension.", sign = true }, EncounterFields));
        var coded = await MutateAsync(_w.Coder, "codeEncounter", "CodeEncounterInput", new
        {
            encounterId = id, diagnoses = new[] { "E11.9", "I10" },
            serviceLines = new object[] { new { procedureCode = "99214", diagnosisPointers = new[] { 1, 2 } }, new { procedureCode = "93000", diagnosisPointers = new[] { 2 } } },
        }, EncounterFields);
        AssertOk(coded);
        return coded["encounter"]!;
    }

    [Fact]
    public async Task An_encounter_goes_from_open_to_a_ready_claim_with_every_step_recorded()
    {
        await EnsureCodesAsync(host);
        var (patient, provider, facility) = await ChartAsync();
        var opened = await MutateAsync(_w.FrontDesk, "openEncounter", "OpenEncounterInput",
            new { patientId = patient, providerId = provider, facilityId = facility, kind = "PROFESSIONAL", serviceDateFrom = "2026-10-19" }, EncounterFields);
        var id = opened["encounter"]!["id"]!.GetValue<string>();
        Assert.Equal("OPEN", opened["encounter"]!["status"]!.GetValue<string>());

        var documented = await MutateAsync(_w.Provider, "documentEncounter", "DocumentEncounterInput", new { encounterId = id, notes = "Visit notes.", sign = true }, EncounterFields);
        Assert.Equal("DOCUMENTED", documented["encounter"]!["status"]!.GetValue<string>());
        var held = await MutateAsync(_w.Coder, "queryProvider", "QueryProviderInput", new { encounterId = id, question = "Is the diabetes controlled?" }, EncounterFields);
        Assert.Equal("ON_HOLD", held["encounter"]!["status"]!.GetValue<string>());
        var answered = await MutateAsync(_w.Provider, "answerCoderQuery", "AnswerCoderQueryInput", new { encounterId = id, answer = "Yes, without complications." }, EncounterFields);
        Assert.Equal("DOCUMENTED", answered["encounter"]!["status"]!.GetValue<string>());

        var coded = await MutateAsync(_w.Coder, "codeEncounter", "CodeEncounterInput", new
        {
            encounterId = id, diagnoses = new[] { "E11.9", "I10" },
            serviceLines = new object[] { new { procedureCode = "99214", diagnosisPointers = new[] { 1, 2 } }, new { procedureCode = "93000", diagnosisPointers = new[] { 2 } } },
        }, EncounterFields);
        AssertOk(coded);
        Assert.Equal("CODED", coded["encounter"]!["status"]!.GetValue<string>());
        Assert.Equal(["E119", "I10"], coded["encounter"]!["diagnoses"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()));
        Assert.Equal(180.00m, coded["encounter"]!["serviceLines"]![0]!["charge"]!.GetValue<decimal>()); // fee schedule price
        Assert.Equal(["OPEN", "DOCUMENTED", "ON_HOLD", "DOCUMENTED", "CODED"], coded["encounter"]!["statusHistory"]!.AsArray().Select(h => h!["to"]!.GetValue<string>()));

        var created = await MutateAsync(_w.Biller, "createClaim", "CreateClaimInput", new { encounterId = id }, ClaimFields);
        AssertOk(created);
        var claim = created["claim"]!;
        Assert.Equal("DRAFT", claim["status"]!.GetValue<string>());
        Assert.Equal(225.00m, claim["totalCharge"]!.GetValue<decimal>());
        Assert.Equal(225.00m, claim["balance"]!.GetValue<decimal>());
        Assert.Equal("CHARGE", claim["ledger"]![0]!["kind"]!.GetValue<string>());

        var scrubbed = await MutateAsync(_w.Biller, "scrubClaim", "ScrubClaimInput", new { claimId = claim["id"]!.GetValue<string>() }, ClaimFields);
        AssertOk(scrubbed);
        Assert.True(scrubbed["claim"]!["scrubFindings"]!.AsArray().All(f => f!["severity"]!.GetValue<string>() != "ERROR"), scrubbed["claim"]!["scrubFindings"]!.ToJsonString());
        Assert.Equal("READY", scrubbed["claim"]!["status"]!.GetValue<string>());

        await using var db = host.TenantDb();
        var encounterId = Relay.GlobalIdOf(id);
        Assert.Equal(EncounterStatus.Billed, (await db.Encounters.SingleAsync(e => e.Id == encounterId)).Status);
    }

    [Fact]
    public async Task A_claim_cannot_be_created_from_an_encounter_that_is_not_coded_and_nothing_changes()
    {
        var (patient, provider, facility) = await ChartAsync();
        var opened = await MutateAsync(_w.FrontDesk, "openEncounter", "OpenEncounterInput",
            new { patientId = patient, providerId = provider, facilityId = facility, kind = "PROFESSIONAL", serviceDateFrom = "2026-11-01" }, EncounterFields);
        var id = opened["encounter"]!["id"]!.GetValue<string>();
        await using var before = host.TenantDb();
        var claims = await before.Claims.CountAsync();
        var ledger = await before.LedgerEntries.CountAsync();

        var payload = await MutateAsync(_w.Biller, "createClaim", "CreateClaimInput", new { encounterId = id }, ClaimFields, "... on InvalidTransitionError { from to }");

        Assert.Equal("InvalidTransitionError", ErrorType(payload));
        Assert.Equal("OPEN", payload["errors"]![0]!["from"]!.GetValue<string>());
        Assert.Equal("BILLED", payload["errors"]![0]!["to"]!.GetValue<string>());
        await using var after = host.TenantDb();
        Assert.Equal(claims, await after.Claims.CountAsync());
        Assert.Equal(ledger, await after.LedgerEntries.CountAsync());
    }

    [Fact]
    public async Task A_failing_scrub_keeps_the_claim_in_draft_with_its_findings()
    {
        await EnsureCodesAsync(host);
        var encounter = await CodedEncounterAsync("2026-10-21");
        var claim = (await MutateAsync(_w.Biller, "createClaim", "CreateClaimInput", new { encounterId = encounter["id"]!.GetValue<string>() }, ClaimFields))["claim"]!;
        // Correct the claim to a diagnosis no code set knows.
        var corrected = await MutateAsync(_w.Biller, "correctClaim", "CorrectClaimInput",
            new { claimId = claim["id"]!.GetValue<string>(), reason = "recode", diagnoses = new[] { "Z99.89", "I10" } }, ClaimFields);
        AssertOk(corrected);

        var scrubbed = await MutateAsync(_w.Biller, "scrubClaim", "ScrubClaimInput", new { claimId = claim["id"]!.GetValue<string>() }, ClaimFields);

        AssertOk(scrubbed);
        Assert.Equal("DRAFT", scrubbed["claim"]!["status"]!.GetValue<string>());
        var findings = scrubbed["claim"]!["scrubFindings"]!.AsArray();
        Assert.True(findings.Count == 1 && findings[0]!["severity"]!.GetValue<string>() == "ERROR" && findings[0]!["message"]!.GetValue<string>().Contains("Z99.89"), findings.ToJsonString());
    }

    [Fact]
    public async Task Two_billers_acting_on_one_claim_version_one_wins_and_the_other_is_told()
    {
        var encounter = await CodedEncounterAsync("2026-10-22");
        var claim = (await MutateAsync(_w.Biller, "createClaim", "CreateClaimInput", new { encounterId = encounter["id"]!.GetValue<string>() }, ClaimFields))["claim"]!;
        var id = claim["id"]!.GetValue<string>();
        var version = claim["version"]!.GetValue<long>();

        var first = await MutateAsync(_w.Biller, "voidClaim", "VoidClaimInput", new { claimId = id, version, reason = "Entered twice" }, ClaimFields);
        var second = await MutateAsync(_w.Biller, "correctClaim", "CorrectClaimInput", new { claimId = id, version, reason = "recode" }, ClaimFields);

        AssertOk(first);
        Assert.Equal("VOIDED", first["claim"]!["status"]!.GetValue<string>());
        Assert.Equal(0m, first["claim"]!["balance"]!.GetValue<decimal>()); // the charge was reversed
        Assert.Equal("ConcurrencyConflictError", ErrorType(second));
    }

    [Fact]
    public async Task A_rejected_claim_is_corrected_back_to_draft()
    {
        var claim = await _w.SeededClaimAsync("SUBMITTED", 0);
        var rejected = await MutateAsync(_w.Biller, "recordClaimAcknowledgement", "RecordClaimAcknowledgementInput",
            new { claimId = claim["id"]!.GetValue<string>(), accepted = false, statusCategory = "A7", statusCode = "562", message = "NPI not on file" }, ClaimFields);
        Assert.Equal("REJECTED", rejected["claim"]!["status"]!.GetValue<string>());

        var corrected = await MutateAsync(_w.Biller, "correctClaim", "CorrectClaimInput", new { claimId = claim["id"]!.GetValue<string>(), reason = "NPI fixed on file" }, ClaimFields);

        AssertOk(corrected);
        Assert.Equal("DRAFT", corrected["claim"]!["status"]!.GetValue<string>());
        Assert.Equal(["REJECTED", "DRAFT"], corrected["claim"]!["statusHistory"]!.AsArray().TakeLast(2).Select(h => h!["to"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_paid_claim_is_resolved_by_the_patients_payment_and_a_small_balance_write_off()
    {
        var claim = await _w.SeededClaimAsync("PAID", 1);
        var id = claim["id"]!.GetValue<string>();
        var patient = claim["patient"]!["id"]!.GetValue<string>();
        var balance = claim["balance"]!.GetValue<decimal>();
        Assert.True(balance > 1m);

        var overpaid = await MutateAsync(_w.FrontDesk, "recordPatientPayment", "RecordPatientPaymentInput",
            new { patientId = patient, claimId = id, amount = balance + 5m, method = "CARD" }, "payment { id }", "... on PostingError { reason }");
        Assert.Equal("PostingError", ErrorType(overpaid));
        Assert.Equal("OVERPAYMENT", overpaid["errors"]![0]!["reason"]!.GetValue<string>());

        var paid = await MutateAsync(_w.FrontDesk, "recordPatientPayment", "RecordPatientPaymentInput",
            new { patientId = patient, claimId = id, amount = balance - 1m, method = "CARD", reference = "VISA-0042" }, "payment { id amount }");
        AssertOk(paid);
        var writtenOff = await MutateAsync(_w.Biller, "writeOff", "WriteOffInput", new { claimId = id, amount = 1m, party = "PATIENT", reason = "Small balance" }, ClaimFields);

        AssertOk(writtenOff);
        Assert.Equal(0m, writtenOff["claim"]!["balance"]!.GetValue<decimal>());
        await using var db = host.TenantDb();
        var claimId = Relay.GlobalIdOf(id);
        var stored = await db.Claims.SingleAsync(c => c.Id == claimId);
        Assert.Equal(stored.TotalCharge - stored.InsurancePaid - stored.Adjusted - stored.PatientPaid, stored.Balance);
        Assert.Equal(stored.Balance, await db.LedgerEntries.Where(e => e.ClaimId == claimId).SumAsync(e => e.InsuranceEffect + e.PatientEffect));
    }

    [Fact]
    public async Task A_denial_is_reviewed_appealed_upheld_and_written_off_which_closes_the_claim()
    {
        var denialId = (await _w.Biller.GraphQLAsync("""{ denials(first: 10, where: { status: { eq: OPEN } }, order: [{ dueDate: DESC }]) { nodes { id claim { status } } } }""")).Data()
            ["denials"]!["nodes"]!.AsArray().First(d => d!["claim"]!["status"]!.GetValue<string>() == "DENIED")!["id"]!.GetValue<string>();
        const string fields = "denial { id status ownerUserId appeals { outcome } statusHistory { to } claim { status balance } }";

        var review = await MutateAsync(_w.Biller, "startDenialReview", "StartDenialReviewInput", new { denialId }, fields);
        Assert.Equal("IN_REVIEW", review["denial"]!["status"]!.GetValue<string>());
        Assert.Equal("bill", review["denial"]!["ownerUserId"]!.GetValue<string>());
        var appeal = await MutateAsync(_w.Biller, "appealDenial", "AppealDenialInput", new { denialId, letter = "The service was medically necessary; notes attached." }, fields);
        AssertOk(appeal);
        Assert.Equal("APPEALED", appeal["denial"]!["claim"]!["status"]!.GetValue<string>());
        var upheld = await MutateAsync(_w.Biller, "recordAppealOutcome", "RecordAppealOutcomeInput", new { denialId, overturned = false, note = "Not covered" }, fields);
        Assert.Equal("UPHELD", upheld["denial"]!["status"]!.GetValue<string>());
        Assert.Equal("DENIED", upheld["denial"]!["claim"]!["status"]!.GetValue<string>());

        var writtenOff = await MutateAsync(_w.Biller, "writeOffDenial", "WriteOffDenialInput", new { denialId, reason = "Payer policy" }, fields);

        AssertOk(writtenOff);
        Assert.Equal("WRITTEN_OFF", writtenOff["denial"]!["status"]!.GetValue<string>());
        Assert.Equal("CLOSED", writtenOff["denial"]!["claim"]!["status"]!.GetValue<string>());
        Assert.Equal(["IN_REVIEW", "APPEALED", "UPHELD", "WRITTEN_OFF"], writtenOff["denial"]!["statusHistory"]!.AsArray().Select(h => h!["to"]!.GetValue<string>()).Where(s => s != "OPEN"));
    }

    [Fact]
    public async Task Illegal_denial_moves_are_refused()
    {
        var denialId = (await _w.Biller.GraphQLAsync("""{ denials(first: 10, where: { status: { eq: OPEN } }, order: [{ dueDate: ASC }]) { nodes { id } } }""")).Data()["denials"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var payload = await MutateAsync(_w.Biller, "recordAppealOutcome", "RecordAppealOutcomeInput", new { denialId, overturned = true }, "denial { status }");
        Assert.Equal("InvalidTransitionError", ErrorType(payload));
    }

    [Fact]
    public async Task Creating_a_claim_twice_with_one_key_creates_one_claim()
    {
        var encounter = await CodedEncounterAsync("2026-10-23");
        var input = new { encounterId = encounter["id"]!.GetValue<string>(), idempotencyKey = Guid.NewGuid().ToString() };
        var first = await MutateAsync(_w.Biller, "createClaim", "CreateClaimInput", input, ClaimFields);
        var retry = await MutateAsync(_w.Biller, "createClaim", "CreateClaimInput", input, ClaimFields);

        AssertOk(retry);
        Assert.Equal(first["claim"]!["id"]!.GetValue<string>(), retry["claim"]!["id"]!.GetValue<string>());
        await using var db = host.TenantDb();
        var encounterId = Relay.GlobalIdOf(encounter["id"]!.GetValue<string>());
        Assert.Equal(1, await db.Claims.CountAsync(c => c.EncounterId == encounterId));
    }

    [Fact]
    public async Task A_coder_may_not_void_claims_and_a_front_desk_user_may_not_code()
    {
        var claim = await _w.SeededClaimAsync("DRAFT", 2);
        var response = await _w.Coder.GraphQLAsync("mutation($i: VoidClaimInput!) { voidClaim(input: $i) { claim { id } } }", new { i = new { claimId = claim["id"]!.GetValue<string>(), reason = "x" } });
        Assert.Contains("AUTH_NOT_AUTHORIZED", response.ErrorCodes());
        var code = await _w.FrontDesk.GraphQLAsync("mutation($i: CodeEncounterInput!) { codeEncounter(input: $i) { encounter { id } } }", new { i = new { encounterId = "x", diagnoses = new[] { "I10" }, serviceLines = Array.Empty<object>() } });
        Assert.Contains("AUTH_NOT_AUTHORIZED", code.ErrorCodes());
    }
}

public sealed class WorkflowMutationTestsOnSqlite(SqliteApi api) : WorkflowMutationTests(api.Host), IClassFixture<SqliteApi>;

public sealed class WorkflowMutationTestsOnPostgres(PostgresApi api) : WorkflowMutationTests(api.Host), IClassFixture<PostgresApi>;

internal static class Relay
{
    public static Guid GlobalIdOf(string id) => GraphQL.Relay.GlobalId.TryDecode(id, out _, out var guid) ? guid : throw new ArgumentException(id);
}
