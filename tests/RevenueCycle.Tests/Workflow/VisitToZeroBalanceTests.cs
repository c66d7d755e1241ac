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
        // No ledger entries yet: the balance loader's value for an account without rows, not null.
        var opening = (await w.Biller.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Patient { accountBalance { total insurance patient } } } }", new { id = patientId })).Data()["node"]!["accountBalance"]!;
        Assert.Equal("""{"total":0.00,"insurance":0.00,"patient":0.00}""", opening.ToJsonString());
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

    [Fact]
    public async Task A_rejected_then_denied_claim_is_corrected_appealed_paid_billed_to_the_secondary_payer_and_settled()
    {
        await EnsureCodesAsync(host);
        var w = new WorkflowClient(host);
        var refs = (await w.FrontDesk.GraphQLAsync("""
            { aetna: payers(first: 1, where: { name: { eq: "Aetna" } }) { nodes { id } }
              bcbs: payers(first: 1, where: { name: { eq: "Blue Cross Blue Shield" } }) { nodes { id } }
              providers(first: 1) { nodes { id } } facilities(first: 1) { nodes { id } } }
            """)).Data();
        string Ref(string list) => refs[list]!["nodes"]![0]!["id"]!.GetValue<string>();
        const string Errors = "... on InvalidTransitionError { from to }";

        var patientId = (await MutateAsync(w.FrontDesk, "registerPatient", "RegisterPatientInput", new
        {
            mrn = "E2F" + Guid.NewGuid().ToString("N")[..7], firstName = "Hal", lastName = "Moss", dateOfBirth = "1962-09-30", sex = "MALE",
            address = new { line1 = "9 Reed Way", city = "Springfield", state = "IL", postalCode = "62704" },
        }, "patient { id }"))["patient"]!["id"]!.GetValue<string>();
        AssertOk(await MutateAsync(w.FrontDesk, "addCoverage", "AddCoverageInput", new
            { patientId, payerId = Ref("aetna"), memberId = "A555", priority = "PRIMARY", relationship = "SELF", effectiveFrom = "2026-01-01" }, "coverage { id }"));
        AssertOk(await MutateAsync(w.FrontDesk, "addCoverage", "AddCoverageInput", new
            { patientId, payerId = Ref("bcbs"), memberId = "B777", priority = "SECONDARY", relationship = "SELF", effectiveFrom = "2026-01-01" }, "coverage { id }"));
        var encounterId = (await MutateAsync(w.FrontDesk, "openEncounter", "OpenEncounterInput", new
            { patientId, providerId = Ref("providers"), facilityId = Ref("facilities"), kind = "PROFESSIONAL", serviceDateFrom = "2026-10-27" }, "encounter { id }"))
            ["encounter"]!["id"]!.GetValue<string>();
        AssertOk(await MutateAsync(w.Provider, "documentEncounter", "DocumentEncounterInput", new { encounterId, notes = "Chest pain work-up.", sign = true }, "encounter { id }"));
        AssertOk(await MutateAsync(w.Coder, "codeEncounter", "CodeEncounterInput", new
            { encounterId, diagnoses = new[] { "I10" }, serviceLines = new object[] { new { procedureCode = "99214", diagnosisPointers = new[] { 1 } } } }, "encounter { id }"));
        var claim = (await MutateAsync(w.Biller, "createClaim", "CreateClaimInput", new { encounterId }, "claim { id number }"))["claim"]!;
        var claimId = claim["id"]!.GetValue<string>();
        var number = claim["number"]!.GetValue<string>();

        async Task SubmitAsync(string id)
        {
            var scrub = await MutateAsync(w.Biller, "scrubClaim", "ScrubClaimInput", new { claimId = id }, "claim { status scrubFindings { message } }");
            Assert.True(scrub["claim"]!["status"]!.GetValue<string>() == "READY", scrub.ToJsonString());
            AssertOk(await MutateAsync(w.Biller, "submitClaims", "SubmitClaimsInput", new { claimIds = new[] { id } }, "submissionBatch { id }", Errors));
        }
        async Task PostAsync(string payer, string claimNumber, string status, decimal paid, object[] adjustments)
        {
            var posted = await MutateAsync(w.Biller, "postRemittance", "PostRemittanceInput", new
            {
                payerId = payer, method = "ACH", traceNumber = "T" + Guid.NewGuid().ToString("N")[..12], amount = paid, paymentDate = "2026-11-01",
                claims = new[] { new { claimNumber, statusCode = status, charge = 180.00m, paid, payerClaimControlNumber = "PCN-" + claimNumber, adjustments } },
            }, "remittance { id claimPayments { unmatchedReason } }", "... on PostingError { reason }");
            AssertOk(posted);
            Assert.Null(posted["remittance"]!["claimPayments"]![0]!["unmatchedReason"]);
        }

        // Rejected by the clearinghouse, corrected and sent again.
        await SubmitAsync(claimId);
        AssertOk(await MutateAsync(w.Biller, "recordClaimAcknowledgement", "RecordClaimAcknowledgementInput",
            new { claimId, accepted = false, statusCategory = "A7", statusCode = "562" }, "claim { status }", Errors));
        AssertOk(await MutateAsync(w.Biller, "correctClaim", "CorrectClaimInput", new { claimId, reason = "Rendering NPI registered with the payer" }, "claim { status }", Errors));
        await SubmitAsync(claimId);
        AssertOk(await MutateAsync(w.Biller, "recordClaimAcknowledgement", "RecordClaimAcknowledgementInput", new { claimId, accepted = true }, "claim { status }", Errors));

        // Denied for medical necessity, appealed, overturned, then paid with the patient's coinsurance.
        await PostAsync(Ref("aetna"), number, "4", 0m, [new { groupCode = "CO", reasonCode = "50", amount = 180.00m }]);
        var denialId = (await w.Biller.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Claim { status denials { id status } } } }", new { id = claimId })).Data()
            ["node"]!["denials"]![0]!["id"]!.GetValue<string>();
        AssertOk(await MutateAsync(w.Biller, "startDenialReview", "StartDenialReviewInput", new { denialId }, "denial { status }", Errors));
        AssertOk(await MutateAsync(w.Biller, "appealDenial", "AppealDenialInput", new { denialId, letter = "ECG findings attached." }, "denial { status }", Errors));
        AssertOk(await MutateAsync(w.Biller, "recordAppealOutcome", "RecordAppealOutcomeInput", new { denialId, overturned = true }, "denial { status }", Errors));
        await PostAsync(Ref("aetna"), number, "1", 120.00m,
            [new { groupCode = "CO", reasonCode = "45", amount = 30.00m }, new { groupCode = "PR", reasonCode = "2", amount = 30.00m }]);

        // The coinsurance goes to the secondary payer, which pays 20.00 and leaves 10.00 to the patient.
        var secondary = await MutateAsync(w.Biller, "billSecondary", "BillSecondaryInput", new { claimId }, "claim { id number payerSequence payer { name } }", Errors);
        AssertOk(secondary);
        var secondaryId = secondary["claim"]!["id"]!.GetValue<string>();
        Assert.Equal("SECONDARY", secondary["claim"]!["payerSequence"]!.GetValue<string>());
        await SubmitAsync(secondaryId);
        await PostAsync(Ref("bcbs"), secondary["claim"]!["number"]!.GetValue<string>(), "2", 20.00m, [new { groupCode = "PR", reasonCode = "1", amount = 10.00m }]);
        AssertOk(await MutateAsync(w.FrontDesk, "recordPatientPayment", "RecordPatientPaymentInput",
            new { patientId, claimId = secondaryId, amount = 10.00m, method = "CASH" }, "payment { id }", "... on PostingError { reason }"));
        AssertOk(await MutateAsync(w.Biller, "closeClaim", "CloseClaimInput", new { claimId }, "claim { status }", Errors));
        AssertOk(await MutateAsync(w.Biller, "closeClaim", "CloseClaimInput", new { claimId = secondaryId }, "claim { status }", Errors));

        var history = (await w.Biller.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Claim { statusHistory { to } } } }", new { id = claimId })).Data()
            ["node"]!["statusHistory"]!.AsArray().Select(h => h!["to"]!.GetValue<string>());
        Assert.Equal(["DRAFT", "READY", "SUBMITTED", "REJECTED", "DRAFT", "READY", "SUBMITTED", "ACCEPTED", "DENIED", "APPEALED", "PAID", "CLOSED"], history);
        var account = (await w.Biller.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Patient { accountBalance { total } } } }", new { id = patientId })).Data()["node"]!["accountBalance"]!;
        Assert.Equal(0m, account["total"]!.GetValue<decimal>());
        await using var db = host.TenantDb();
        foreach (var c in await db.Claims.Where(x => x.Number == number || x.ChargeClaimId != null && db.Claims.Any(p => p.Number == number && p.Id == x.ChargeClaimId)).ToListAsync())
        {
            Assert.Equal(ClaimStatus.Closed, c.Status);
            Assert.Equal(c.TotalCharge - c.InsurancePaid - c.Adjusted - c.PatientPaid, c.Balance);
        }
    }
}

public sealed class VisitToZeroBalanceTestsOnSqlite(SqliteApi api) : VisitToZeroBalanceTests(api.Host), IClassFixture<SqliteApi>;

public sealed class VisitToZeroBalanceTestsOnPostgres(PostgresApi api) : VisitToZeroBalanceTests(api.Host), IClassFixture<PostgresApi>;
