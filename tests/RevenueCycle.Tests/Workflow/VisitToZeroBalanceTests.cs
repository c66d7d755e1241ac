using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.Infrastructure;
using static RevenueCycle.Workflow.WorkflowClient;

namespace RevenueCycle.Workflow;

/// <summary>
/// The promise: a billing team takes a visit all the way to a resolved account through the API alone —
/// registration, coding, claim, scrub, 837 submission, acknowledgement, remittance, statement, patient payment.
/// </summary>
public abstract class VisitToZeroBalanceTests(ApiHost host)
{
    [Fact]
    public async Task A_new_patient_visit_ends_with_a_closed_claim_and_a_zero_account_balance()
    {
        await EnsureCodesAsync(host);
        var w = new WorkflowClient(host);
        var refs = (await w.FrontDesk.GraphQLAsync("""
            { payers(first: 1, where: { name: { eq: "Aetna" } }) { nodes { id } } providers(first: 1) { nodes { id } } facilities(first: 1) { nodes { id } } }
            """)).Data();
        string Ref(string list) => refs[list]!["nodes"]![0]!["id"]!.GetValue<string>();

        var mrn = "E2E" + Guid.NewGuid().ToString("N")[..7];
        var patient = await MutateAsync(w.FrontDesk, "registerPatient", "RegisterPatientInput", new
        {
            mrn, firstName = "Rosa", lastName = "Parker", dateOfBirth = "1970-04-12", sex = "FEMALE",
            address = new { line1 = "5 Birch Ct", city = "Springfield", state = "IL", postalCode = "62704" },
        }, "patient { id }");
        AssertOk(patient);
        var patientId = patient["patient"]!["id"]!.GetValue<string>();
        AssertOk(await MutateAsync(w.FrontDesk, "addCoverage", "AddCoverageInput", new
        {
            patientId, payerId = Ref("payers"), memberId = "W123456789", priority = "PRIMARY", relationship = "SELF", effectiveFrom = "2026-01-01", copay = 0,
        }, "coverage { id }"));

        var encounter = await MutateAsync(w.FrontDesk, "openEncounter", "OpenEncounterInput", new
        {
            patientId, providerId = Ref("providers"), facilityId = Ref("facilities"), kind = "PROFESSIONAL", serviceDateFrom = "2026-10-28",
        }, "encounter { id }");
        var encounterId = encounter["encounter"]!["id"]!.GetValue<string>();
        AssertOk(await MutateAsync(w.Provider, "documentEncounter", "DocumentEncounterInput", new { encounterId, notes = "Hypertension follow-up.", sign = true }, "encounter { id }"));
        AssertOk(await MutateAsync(w.Coder, "codeEncounter", "CodeEncounterInput", new
        {
            encounterId, diagnoses = new[] { "I10" }, serviceLines = new object[] { new { procedureCode = "99214", diagnosisPointers = new[] { 1 } } },
        }, "encounter { id }"));

        var claim = await MutateAsync(w.Biller, "createClaim", "CreateClaimInput", new { encounterId }, "claim { id number totalCharge }");
        AssertOk(claim);
        var claimId = claim["claim"]!["id"]!.GetValue<string>();
        var number = claim["claim"]!["number"]!.GetValue<string>();
        Assert.Equal(180.00m, claim["claim"]!["totalCharge"]!.GetValue<decimal>());
        var scrubbed = await MutateAsync(w.Biller, "scrubClaim", "ScrubClaimInput", new { claimId }, "claim { status scrubFindings { ruleId message } }");
        Assert.True(scrubbed["claim"]!["status"]!.GetValue<string>() == "READY", scrubbed.ToJsonString());

        var batch = await MutateAsync(w.Biller, "submitClaims", "SubmitClaimsInput", new { claimIds = new[] { claimId } }, "submissionBatch { id content }");
        AssertOk(batch);
        Assert.Contains($"CLM*{number}*180", batch["submissionBatch"]!["content"]!.GetValue<string>());
        AssertOk(await MutateAsync(w.Biller, "recordClaimAcknowledgement", "RecordClaimAcknowledgementInput",
            new { claimId, accepted = true, statusCategory = "A1", statusCode = "20" }, "claim { status }"));

        // The payer allows 150.00: pays 120.00, the practice writes 30.00 off by contract, the patient owes 30.00 coinsurance.
        var remittance = await MutateAsync(w.Biller, "postRemittance", "PostRemittanceInput", new
        {
            payerId = Ref("payers"), method = "ACH", traceNumber = "E2E" + Guid.NewGuid().ToString("N")[..10], amount = 120.00m, paymentDate = "2026-11-01",
            claims = new[]
            {
                new
                {
                    claimNumber = number, statusCode = "1", charge = 180.00m, paid = 120.00m, patientResponsibility = 30.00m, payerClaimControlNumber = "PCN-E2E-1",
                    adjustments = new object[] { new { groupCode = "CO", reasonCode = "45", amount = 30.00m }, new { groupCode = "PR", reasonCode = "2", amount = 30.00m } },
                },
            },
        }, "remittance { id }");
        AssertOk(remittance);

        var statement = await MutateAsync(w.FrontDesk, "createStatement", "CreateStatementInput", new { patientId }, "statement { balance dueDate }");
        Assert.Equal(30.00m, statement["statement"]!["balance"]!.GetValue<decimal>());
        AssertOk(await MutateAsync(w.FrontDesk, "recordPatientPayment", "RecordPatientPaymentInput",
            new { patientId, claimId, amount = 30.00m, method = "CARD", reference = "VISA-1234" }, "payment { id }"));
        var closed = await MutateAsync(w.Biller, "closeClaim", "CloseClaimInput", new { claimId }, "claim { status balance insurancePaid adjusted patientPaid statusHistory { to } }");

        AssertOk(closed);
        var c = closed["claim"]!;
        Assert.Equal("CLOSED", c["status"]!.GetValue<string>());
        Assert.Equal(["DRAFT", "READY", "SUBMITTED", "ACCEPTED", "PAID", "CLOSED"], c["statusHistory"]!.AsArray().Select(h => h!["to"]!.GetValue<string>()));
        Assert.Equal(0m, c["balance"]!.GetValue<decimal>());
        var account = (await w.Biller.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Patient { accountBalance { total insurance patient } } } }", new { id = patientId })).Data()["node"]!["accountBalance"]!;
        Assert.Equal(0m, account["total"]!.GetValue<decimal>());

        await using var db = host.TenantDb();
        var stored = await db.Claims.SingleAsync(x => x.Number == number);
        Assert.Equal(stored.TotalCharge - stored.InsurancePaid - stored.Adjusted - stored.PatientPaid, stored.Balance);
        Assert.Equal(ClaimStatus.Closed, stored.Status);
        Assert.Equal(0m, await db.LedgerEntries.Where(e => e.PatientId == stored.PatientId).SumAsync(e => e.InsuranceEffect + e.PatientEffect));
    }
}

public sealed class VisitToZeroBalanceTestsOnSqlite(SqliteApi api) : VisitToZeroBalanceTests(api.Host), IClassFixture<SqliteApi>;

public sealed class VisitToZeroBalanceTestsOnPostgres(PostgresApi api) : VisitToZeroBalanceTests(api.Host), IClassFixture<PostgresApi>;
