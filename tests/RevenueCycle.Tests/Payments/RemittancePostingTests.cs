using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.Denials;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Payments;

/// <summary>postRemittance (manual EOB) and matchUnmatchedPayment: the posting rules of RemittancePosting.</summary>
public abstract class RemittancePostingTests(ApiHost host)
{
    private const string Post = """
        mutation($input: PostRemittanceInput!) {
          postRemittance(input: $input) {
            remittance { id postedClaims unmatchedClaims denialsCreated claimPayments { id matched unmatchedReason lines { procedureCode } } }
            errors { __typename ... on Error { message } ... on DuplicateRemittanceError { remittanceId traceNumber } ... on ValidationError { field } }
          }
        }
        """;

    private const string Match = """
        mutation($input: MatchUnmatchedPaymentInput!) {
          matchUnmatchedPayment(input: $input) {
            claimPayment { id matched claim { number status } }
            errors { __typename ... on Error { message } }
          }
        }
        """;

    private static string Id(string type, Guid id) => GlobalId.Encode(type, id);

    private static object Eob(Guid payerId, string trace, object[] claims, string? key = null) => new
    {
        input = new { payerId = Id("Payer", payerId), method = "CHECK", traceNumber = trace, amount = 0m, paymentDate = "2026-10-20", claims, idempotencyKey = key },
    };

    private async Task<JsonNode> PostAsync(object variables) =>
        (await host.Biller().GraphQLAsync(Post, variables)).Data()["postRemittance"]!;

    [Fact]
    public async Task A_paid_eob_accepts_and_pays_the_claim_posts_the_ledger_and_keeps_the_balance_invariant()
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Submitted, ("99214", 150m), ("93000", 50m));
        var payload = await PostAsync(Eob(claim.PayerId, TestClaims.NewNumber("CHK"), [new
        {
            claimId = Id("Claim", claim.Id), statusCode = "1", charge = 200m, paid = 120m, patientResponsibility = 30m,
            payerClaimControlNumber = "PCN-1",
            lines = new object[]
            {
                new { procedureCode = "99214", charge = 150m, paid = 90m, adjustments = new object[] { new { groupCode = "CO", reasonCode = "45", amount = 40m }, new { groupCode = "PR", reasonCode = "2", amount = 20m } } },
                new { procedureCode = "93000", charge = 50m, paid = 30m, adjustments = new object[] { new { groupCode = "CO", reasonCode = "45", amount = 10m }, new { groupCode = "PR", reasonCode = "3", amount = 10m } } },
            },
        }]));

        Assert.Null(payload["errors"]);
        Assert.Equal(1, payload["remittance"]!["postedClaims"]!.GetValue<int>());
        await using var db = host.TenantDb();
        var stored = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == claim.Id);
        Assert.Equal(ClaimStatus.Paid, stored.Status);
        Assert.Equal((120m, 50m, 30m, 30m), (stored.InsurancePaid, stored.Adjusted, stored.PatientResponsibility, stored.Balance));
        Assert.Equal("PCN-1", stored.PayerClaimControlNumber);
        // Both moves carry the posting time, so the history is checked as from → to pairs rather than by order.
        var history = await db.ClaimStatusChanges.Where(h => h.ClaimId == claim.Id && h.From != null).Select(h => new { h.From, h.To }).ToListAsync();
        Assert.Equal(2, history.Count);
        Assert.Contains(new { From = (ClaimStatus?)ClaimStatus.Submitted, To = ClaimStatus.Accepted }, history);
        Assert.Contains(new { From = (ClaimStatus?)ClaimStatus.Accepted, To = ClaimStatus.Paid }, history);
        var kinds = await db.LedgerEntries.Where(e => e.ClaimId == claim.Id && e.RemittanceId != null).Select(e => e.Kind).ToListAsync();
        Assert.Equal(3, kinds.Count);
        var lines = await db.LinePayments.Where(l => l.ClaimLineId != null && db.ClaimLines.Any(cl => cl.Id == l.ClaimLineId && cl.ClaimId == claim.Id)).CountAsync();
        Assert.Equal(2, lines);
        await TestClaims.AssertBalanceInvariantAsync(host, claim.Id);
    }

    [Fact]
    public async Task A_denied_claim_opens_a_denial_due_after_the_payers_appeal_days()
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Accepted, ("99213", 100m));
        var payload = await PostAsync(Eob(claim.PayerId, TestClaims.NewNumber("CHK"), [new
        {
            claimNumber = claim.Number, statusCode = "4", charge = 100m, paid = 0m,
            adjustments = new object[] { new { groupCode = "CO", reasonCode = "50", remarkCode = "N115", amount = 100m } },
        }]));

        Assert.Null(payload["errors"]);
        Assert.Equal(1, payload["remittance"]!["denialsCreated"]!.GetValue<int>());
        await using var db = host.TenantDb();
        var stored = await db.Claims.AsNoTracking().Include(c => c.Payer).SingleAsync(c => c.Id == claim.Id);
        Assert.Equal(ClaimStatus.Denied, stored.Status);
        Assert.Equal(100m, stored.Balance); // a denial stays open on insurance until it is worked
        var denial = await db.Denials.AsNoTracking().SingleAsync(d => d.ClaimId == claim.Id);
        Assert.Equal((DenialStatus.Open, DenialCategory.MedicalNecessity, "50", "N115", 100m), (denial.Status, denial.Category, denial.ReasonCode, denial.RemarkCode, denial.Amount));
        Assert.Equal(new DateOnly(2026, 10, 20).AddDays(stored.Payer!.AppealDays), denial.DueDate);
        Assert.True(await db.DenialStatusChanges.AnyAsync(h => h.DenialId == denial.Id && h.From == null && h.To == DenialStatus.Open));
        await TestClaims.AssertBalanceInvariantAsync(host, claim.Id);
    }

    [Fact]
    public async Task Posting_the_same_remittance_twice_posts_nothing_the_second_time()
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Accepted, ("99213", 100m));
        var trace = TestClaims.NewNumber("CHK");
        object Input() => Eob(claim.PayerId, trace, [new { claimId = Id("Claim", claim.Id), statusCode = "1", charge = 100m, paid = 40m }]);
        var first = await PostAsync(Input());
        Assert.Null(first["errors"]);
        var before = await TestClaims.RowCountsAsync(host);

        var second = await PostAsync(Input());

        var error = second["errors"]![0]!;
        Assert.Equal("DuplicateRemittanceError", error["__typename"]!.GetValue<string>());
        Assert.Equal(first["remittance"]!["id"]!.GetValue<string>(), error["remittanceId"]!.GetValue<string>());
        Assert.Equal(before, await TestClaims.RowCountsAsync(host));
        Assert.Equal(40m, (await TestClaims.ReloadAsync(host, claim.Id)).Claim.InsurancePaid);
    }

    [Fact]
    public async Task An_unknown_claim_waits_in_the_unmatched_queue_until_a_biller_matches_it()
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Submitted, ("99213", 100m));
        var typo = claim.Number + "X";
        var payload = await PostAsync(Eob(claim.PayerId, TestClaims.NewNumber("CHK"), [new
        {
            claimNumber = typo, statusCode = "1", charge = 100m, paid = 100m,
        }]));
        Assert.Equal(1, payload["remittance"]!["unmatchedClaims"]!.GetValue<int>());
        var queued = payload["remittance"]!["claimPayments"]![0]!;
        Assert.False(queued["matched"]!.GetValue<bool>());
        Assert.Contains(typo, queued["unmatchedReason"]!.GetValue<string>());

        var queue = (await host.Biller().GraphQLAsync($$"""{ claimPayments(first: 50, where: { matched: { eq: false }, patientControlNumber: { eq: "{{typo}}" } }) { nodes { id } } }""")).Data();
        Assert.Single(queue["claimPayments"]!["nodes"]!.AsArray());

        var matched = (await host.Biller().GraphQLAsync(Match, new { input = new { claimPaymentId = queued["id"]!.GetValue<string>(), claimId = Id("Claim", claim.Id) } }))
            .Data()["matchUnmatchedPayment"]!;
        Assert.Null(matched["errors"]);
        Assert.True(matched["claimPayment"]!["matched"]!.GetValue<bool>());
        Assert.Equal("PAID", matched["claimPayment"]!["claim"]!["status"]!.GetValue<string>());
        await TestClaims.AssertBalanceInvariantAsync(host, claim.Id);

        var again = (await host.Biller().GraphQLAsync(Match, new { input = new { claimPaymentId = queued["id"]!.GetValue<string>(), claimId = Id("Claim", claim.Id) } }))
            .Data()["matchUnmatchedPayment"]!;
        Assert.Equal("ValidationError", again["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_claim_not_yet_submitted_is_not_paid_but_queued_with_the_reason()
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Ready, ("99213", 100m));
        var payload = await PostAsync(Eob(claim.PayerId, TestClaims.NewNumber("CHK"), [new { claimId = Id("Claim", claim.Id), statusCode = "1", charge = 100m, paid = 80m }]));

        Assert.Null(payload["errors"]);
        Assert.Contains("READY", payload["remittance"]!["claimPayments"]![0]!["unmatchedReason"]!.GetValue<string>());
        var (stored, _) = await TestClaims.ReloadAsync(host, claim.Id);
        Assert.Equal((ClaimStatus.Ready, 0m, 100m), (stored.Status, stored.InsurancePaid, stored.Balance));
    }

    [Fact]
    public async Task A_reversal_undoes_the_earlier_payment()
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Accepted, ("99213", 100m));
        await PostAsync(Eob(claim.PayerId, TestClaims.NewNumber("CHK"), [new
        {
            claimId = Id("Claim", claim.Id), statusCode = "1", charge = 100m, paid = 70m,
            adjustments = new object[] { new { groupCode = "CO", reasonCode = "45", amount = 30m } },
        }]));
        Assert.Equal(ClaimStatus.Paid, (await TestClaims.ReloadAsync(host, claim.Id)).Claim.Status);

        var payload = await PostAsync(Eob(claim.PayerId, TestClaims.NewNumber("CHK"), [new { claimId = Id("Claim", claim.Id), statusCode = "22", charge = -100m, paid = -70m }]));

        Assert.Null(payload["errors"]);
        var (stored, ledger) = await TestClaims.ReloadAsync(host, claim.Id);
        Assert.Equal((0m, 0m, 100m, 100m), (stored.InsurancePaid, stored.Adjusted, stored.Balance, ledger));
        Assert.Equal(ClaimStatus.PartiallyPaid, stored.Status);
    }

    [Fact]
    public async Task Bad_input_is_a_validation_error_and_posts_nothing()
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Accepted, ("99213", 100m));
        var before = await TestClaims.RowCountsAsync(host);
        var payload = await PostAsync(Eob(claim.PayerId, TestClaims.NewNumber("CHK"), [new
        {
            claimId = Id("Claim", claim.Id), statusCode = "1", charge = 100m, paid = 70m,
            adjustments = new object[] { new { groupCode = "XX", reasonCode = "45", amount = 30m } },
        }]));
        Assert.Equal("claims[0].adjustments[0].groupCode", payload["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(before, await TestClaims.RowCountsAsync(host));
    }

    [Fact]
    public async Task A_front_desk_user_may_not_post_remittances()
    {
        var response = await host.As("dana", "demo", Roles.FrontDesk).GraphQLAsync(Post, Eob(Guid.NewGuid(), "X", []));
        Assert.Contains("AUTH_NOT_AUTHORIZED", response.ErrorCodes());
    }
}

public sealed class RemittancePostingTestsOnSqlite(SqliteApi api) : RemittancePostingTests(api.Host), IClassFixture<SqliteApi>;

public sealed class RemittancePostingTestsOnPostgres(PostgresApi api) : RemittancePostingTests(api.Host), IClassFixture<PostgresApi>;
