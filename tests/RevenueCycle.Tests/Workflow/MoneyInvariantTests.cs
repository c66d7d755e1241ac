using Microsoft.EntityFrameworkCore;
using RevenueCycle.Infrastructure;
using static RevenueCycle.Workflow.WorkflowClient;

namespace RevenueCycle.Workflow;

/// <summary>
/// DESIGN §3's money invariants after every mutation of generated scenarios: random orders of patient payments,
/// overpayments, refunds, transfers and write-offs on adjudicated claims. Refused steps must change nothing;
/// accepted ones must keep claim balance = charges − insurance paid − adjustments − patient paid and the account
/// balance = the sum of its ledger. Seeds are fixed so a failure replays.
/// </summary>
public abstract class MoneyInvariantTests(ApiHost host)
{
    [Theory]
    [InlineData(11, "PAID", 0)]
    [InlineData(23, "PARTIALLY_PAID", 1)]
    [InlineData(37, "PAID", 2)]
    public async Task Random_money_mutations_keep_every_balance_equal_to_its_ledger(int seed, string status, int index)
    {
        var w = new WorkflowClient(host);
        var claim = await w.SeededClaimAsync(status, index);
        var claimId = claim["id"]!.GetValue<string>();
        var patientId = claim["patient"]!["id"]!.GetValue<string>();
        var random = new Random(seed);
        var accepted = 0;

        for (var step = 0; step < 25; step++)
        {
            var amount = Math.Round((decimal)random.Next(1, 6000) / 100m, 2);
            var payload = random.Next(6) switch
            {
                0 or 1 => await MutateAsync(w.FrontDesk, "recordPatientPayment", "RecordPatientPaymentInput",
                    new { patientId, claimId, amount, method = "CARD", allowOverpayment = random.Next(4) == 0 }, "payment { id }", "... on PostingError { reason }"),
                2 => await MutateAsync(w.Biller, "refundPatient", "RefundPatientInput",
                    new { patientId, claimId, amount, method = "CHECK", reason = "Credit refund" }, "payment { id }", "... on PostingError { reason }"),
                3 => await MutateAsync(w.Biller, "transferToPatient", "TransferToPatientInput",
                    new { claimId, amount, reason = "PR-2" }, "claim { id }", "... on PostingError { reason }"),
                _ => await MutateAsync(w.Biller, "writeOff", "WriteOffInput",
                    new { claimId, amount, party = random.Next(2) == 0 ? "INSURANCE" : "PATIENT", reason = "Small balance" }, "claim { id }", "... on PostingError { reason }"),
            };
            var error = ErrorType(payload);
            Assert.True(error is null or "PostingError" or "InvalidTransitionError", payload.ToJsonString());
            if (error is null) accepted++;

            await using var db = host.TenantDb();
            var id = Relay.GlobalIdOf(claimId);
            var stored = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == id);
            Assert.Equal(stored.TotalCharge - stored.InsurancePaid - stored.Adjusted - stored.PatientPaid, stored.Balance);
            var ledger = await db.LedgerEntries.AsNoTracking().Where(e => e.ClaimId == stored.LedgerClaimId).ToListAsync();
            Assert.Equal(ledger.Sum(e => e.InsuranceEffect + e.PatientEffect), stored.Balance);
            var account = (await w.Biller.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Patient { accountBalance { total } } } }", new { id = patientId })).Data()["node"]!["accountBalance"]!;
            var patient = Relay.GlobalIdOf(patientId);
            Assert.Equal(await db.LedgerEntries.Where(e => e.PatientId == patient).SumAsync(e => e.InsuranceEffect + e.PatientEffect), account["total"]!.GetValue<decimal>());
        }
        Assert.True(accepted > 0, "The scenario should accept some steps.");
    }
}

public sealed class MoneyInvariantTestsOnSqlite(SqliteApi api) : MoneyInvariantTests(api.Host), IClassFixture<SqliteApi>;

public sealed class MoneyInvariantTestsOnPostgres(PostgresApi api) : MoneyInvariantTests(api.Host), IClassFixture<PostgresApi>;
