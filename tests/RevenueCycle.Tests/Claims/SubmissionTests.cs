using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Infrastructure;
using RevenueCycle.Payments;
using RevenueCycle.X12;

namespace RevenueCycle.Claims;

/// <summary>submitClaims (837 out, downloadable) and importAcknowledgements (277CA in).</summary>
public abstract class SubmissionTests(ApiHost host)
{
    private const string Submit = """
        mutation($input: SubmitClaimsInput!) {
          submitClaims(input: $input) {
            submissionBatch { id interchangeControlNumber claimCount totalCharge content claims { number status } }
            errors { __typename ... on Error { message } ... on InvalidTransitionError { from to } }
          }
        }
        """;

    private const string ImportAcks = """
        mutation($input: ImportAcknowledgementsInput!) {
          importAcknowledgements(input: $input) {
            import { acceptedClaims rejectedClaims unmatched { claimNumber status } }
            errors { __typename ... on Error { message } }
          }
        }
        """;

    private async Task<JsonNode> SubmitAsync(params Guid[] ids) =>
        (await host.Biller().GraphQLAsync(Submit, new { input = new { claimIds = ids.Select(id => GlobalId.Encode("Claim", id)).ToArray() } })).Data()["submitClaims"]!;

    [Fact]
    public async Task Ready_claims_become_one_837_that_reads_back_into_the_same_claims()
    {
        var first = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Ready, ("99214", 150m), ("93000", 50m));
        var second = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Ready, ("99213", 95m));

        var payload = await SubmitAsync(first.Id, second.Id);

        Assert.Null(payload["errors"]);
        var batch = payload["submissionBatch"]!;
        Assert.Equal((2, 295m), (batch["claimCount"]!.GetValue<int>(), batch["totalCharge"]!.GetValue<decimal>()));
        Assert.All(batch["claims"]!.AsArray(), c => Assert.Equal("SUBMITTED", c!["status"]!.GetValue<string>()));
        var content = batch["content"]!.GetValue<string>();
        var read = Claim837Reader.Parse(content);
        Assert.Equal([first.Number, second.Number], read.Select(c => c.ClaimNumber));
        foreach (var (claim, x12) in new[] { first, second }.Zip(read))
        {
            Assert.Equal(ClaimKind.Professional, x12.Kind);
            Assert.Equal(claim.TotalCharge, x12.TotalCharge);
            Assert.Equal(claim.Lines.Select(l => (l.ProcedureCode, l.Charge)), x12.Lines.Select(l => (l.ProcedureCode!, l.Charge)));
            Assert.All(x12.Lines, l => Assert.Equal([1], l.DiagnosisPointers));
            Assert.Equal(["E119"], x12.Diagnoses);
            Assert.Equal("1", x12.FrequencyCode);
        }

        await using (var db = host.TenantDb())
        {
            var stored = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == first.Id);
            Assert.Equal(ClaimStatus.Submitted, stored.Status);
            Assert.NotNull(stored.SubmittedAt);
            var saved = await db.SubmissionBatches.AsNoTracking().SingleAsync(b => b.Id == stored.SubmissionBatchId);
            Assert.Equal(content, saved.Content);
            Assert.Equal(saved.InterchangeControlNumber, long.Parse(X12Reader.Read(content).ControlNumber, System.Globalization.CultureInfo.InvariantCulture));
        }

        var id = batch["id"]!.GetValue<string>();
        using var download = await host.Biller().GetAsync($"/x12/837/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/edi-x12", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(content, await download.Content.ReadAsStringAsync());
        using var foreign = await host.As("lee", "lakeside", Identity.Roles.Biller).GetAsync($"/x12/837/{id}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        var query = (await host.Biller().GraphQLAsync($$"""{ submissionBatch(id: "{{id}}") { content } submissionBatches(first: 5) { totalCount } }""")).Data();
        Assert.Equal(content, query["submissionBatch"]!["content"]!.GetValue<string>());

        var next = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Ready, ("99213", 95m));
        var later = (await SubmitAsync(next.Id))["submissionBatch"]!;
        Assert.True(later["interchangeControlNumber"]!.GetValue<long>() > batch["interchangeControlNumber"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_claim_that_is_not_ready_refuses_the_whole_batch()
    {
        var ready = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Ready, ("99213", 95m));
        var draft = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Draft, ("99213", 95m));
        await using var before = host.TenantDb();
        var batches = await before.SubmissionBatches.CountAsync();

        var payload = await SubmitAsync(ready.Id, draft.Id);

        var error = payload["errors"]![0]!;
        Assert.Equal("InvalidTransitionError", error["__typename"]!.GetValue<string>());
        Assert.Equal(("DRAFT", "SUBMITTED"), (error["from"]!.GetValue<string>(), error["to"]!.GetValue<string>()));
        await using var db = host.TenantDb();
        Assert.Equal(ClaimStatus.Ready, (await db.Claims.AsNoTracking().SingleAsync(c => c.Id == ready.Id)).Status);
        Assert.Equal(batches, await db.SubmissionBatches.CountAsync());
    }

    [Fact]
    public async Task A_277ca_accepts_and_rejects_submitted_claims_and_lists_unknown_ones()
    {
        var accepted = await TestClaims.CreateAsync(host, "5781", ClaimStatus.Submitted, ("99213", 125m));
        var rejected = await TestClaims.CreateAsync(host, "3920394930203", ClaimStatus.Submitted, ("99213", 199.14m));
        var samples = SharedData.File("x12", "samples");

        var ok = (await host.Biller().GraphQLAsync(ImportAcks, new { input = new { content = File.ReadAllText(Path.Combine(samples, "x12_277CA_accepted.txt")) } })).Data()["importAcknowledgements"]!;
        var no = (await host.Biller().GraphQLAsync(ImportAcks, new { input = new { content = File.ReadAllText(Path.Combine(samples, "x12_277CA_rejected.txt")) } })).Data()["importAcknowledgements"]!;
        var unknown = File.ReadAllText(Path.Combine(samples, "x12_277CA_rejected.txt")).Replace("TRN*2*3920394930203", "TRN*2*NOSUCHCLAIM9", StringComparison.Ordinal);
        var stray = (await host.Biller().GraphQLAsync(ImportAcks, new { input = new { content = unknown } })).Data()["importAcknowledgements"]!;

        Assert.Null(ok["errors"]);
        Assert.Equal(1, ok["import"]!["acceptedClaims"]!.GetValue<int>());
        Assert.Equal(1, no["import"]!["rejectedClaims"]!.GetValue<int>());
        Assert.Equal("NOSUCHCLAIM9", stray["import"]!["unmatched"]![0]!["claimNumber"]!.GetValue<string>());
        Assert.Equal("A7:562", stray["import"]!["unmatched"]![0]!["status"]!.GetValue<string>());

        await using var db = host.TenantDb();
        var a = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == accepted.Id);
        Assert.Equal((ClaimStatus.Accepted, "1107000000014420"), (a.Status, a.PayerClaimControlNumber));
        var r = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == rejected.Id);
        Assert.Equal(ClaimStatus.Rejected, r.Status);
        var reason = await db.ClaimStatusChanges.Where(h => h.ClaimId == rejected.Id && h.To == ClaimStatus.Rejected).Select(h => h.Reason).SingleAsync();
        Assert.Contains("A7:562", reason);
        var ack = await db.Acknowledgements.AsNoTracking().SingleAsync(x => x.ClaimId == rejected.Id);
        Assert.Equal((false, "A7", "562"), (ack.Accepted, ack.StatusCategory, ack.StatusCode));
    }
}

public sealed class SubmissionTestsOnSqlite(SqliteApi api) : SubmissionTests(api.Host), IClassFixture<SqliteApi>;

public sealed class SubmissionTestsOnPostgres(PostgresApi api) : SubmissionTests(api.Host), IClassFixture<PostgresApi>;
