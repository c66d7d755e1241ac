using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Infrastructure;
using RevenueCycle.Payments;
using RevenueCycle.X12;

namespace RevenueCycle.Claims;

/// <summary>submitClaims (837 out, downloadable) and importAcknowledgements (277CA and 999 in).</summary>
public abstract class SubmissionTests(ApiHost host)
{
    private const string Submit = """
        mutation($input: SubmitClaimsInput!) {
          submitClaims(input: $input) {
            submissionBatch { id interchangeControlNumber groupControlNumber claimCount totalCharge content claims { number status } }
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

    /// <summary>A 999 answering our group <paramref name="group"/> (GS06) with one AK2/IK5 per (ST02, IK5 code), or none.</summary>
    private static string Ack999(long group, string groupCode, params (string Control, string Code)[] sets)
    {
        var body = new List<string> { "ST*999*0001*005010X231A1", $"AK1*HC*{group}*005010X222A1" };
        foreach (var (control, code) in sets)
        {
            body.Add($"AK2*837*{control}");
            if (code != "A") body.AddRange(["IK3*NM1*17**8", "IK4*3*1035*1"]);
            body.Add(code == "A" ? "IK5*A" : $"IK5*{code}*5");
        }
        body.Add($"AK9*{groupCode}*{Math.Max(1, sets.Length)}*{Math.Max(1, sets.Length)}*{sets.Count(s => s.Code == "A")}");
        body.Add($"SE*{body.Count + 1}*0001");
        return string.Join("~\n", [
            "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*RIVERSIDE      *261102*1500*^*00501*000000777*0*P*:",
            $"GS*FA*CLEARINGHOUSE*RIVERSIDE*20261102*1500*{group}*X*005010X231A1", .. body, $"GE*1*{group}", "IEA*1*000000777"]) + "~\n";
    }

    [Fact]
    public async Task A_999_rejecting_our_transaction_set_rejects_its_claims_and_an_accepting_one_moves_nothing()
    {
        var first = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Ready, ("99213", 95m));
        var second = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Ready, ("99214", 150m));
        var other = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Ready, ("99212", 60m));
        var rejectedBatch = (await SubmitAsync(first.Id, second.Id))["submissionBatch"]!;
        var acceptedBatch = (await SubmitAsync(other.Id))["submissionBatch"]!;
        static (long Group, string St) Controls(JsonNode batch)
        {
            var group = batch["groupControlNumber"]!.GetValue<long>();
            var interchange = X12Reader.Read(batch["content"]!.GetValue<string>());
            Assert.Equal(group.ToString(System.Globalization.CultureInfo.InvariantCulture), interchange.Groups.Single().ControlNumber);
            return (group, interchange.Transactions.Single().ControlNumber);
        }
        var (rejectedGroup, rejectedSt) = Controls(rejectedBatch);
        var (acceptedGroup, acceptedSt) = Controls(acceptedBatch);
        async Task<JsonNode> ImportAsync(string content) =>
            (await host.Biller().GraphQLAsync(ImportAcks, new { input = new { content } })).Data()["importAcknowledgements"]!;

        var no = await ImportAsync(Ack999(rejectedGroup, "R", (rejectedSt, "R")));
        var yes = await ImportAsync(Ack999(acceptedGroup, "A", (acceptedSt, "A")));
        var stray = await ImportAsync(Ack999(987654321, "R", ("0001", "R")));

        Assert.Null(no["errors"]);
        Assert.Equal((0, 2), (no["import"]!["acceptedClaims"]!.GetValue<int>(), no["import"]!["rejectedClaims"]!.GetValue<int>()));
        Assert.Equal((1, 0), (yes["import"]!["acceptedClaims"]!.GetValue<int>(), yes["import"]!["rejectedClaims"]!.GetValue<int>()));
        Assert.Equal(("GS 987654321", "AK9 R"), (stray["import"]!["unmatched"]![0]!["claimNumber"]!.GetValue<string>(), stray["import"]!["unmatched"]![0]!["status"]!.GetValue<string>()));
        await using var db = host.TenantDb();
        foreach (var claim in new[] { first, second })
        {
            Assert.Equal(ClaimStatus.Rejected, (await db.Claims.AsNoTracking().SingleAsync(c => c.Id == claim.Id)).Status);
            var reason = await db.ClaimStatusChanges.Where(h => h.ClaimId == claim.Id && h.To == ClaimStatus.Rejected).Select(h => h.Reason).SingleAsync();
            Assert.StartsWith("999 IK5 R (5); IK3 NM1 at segment 17 error 8, IK4 3 error 1", reason);
            var ack = await db.Acknowledgements.AsNoTracking().SingleAsync(a => a.ClaimId == claim.Id);
            Assert.Equal((AcknowledgementSource.X12_999, false, "IK5 R"), (ack.Source, ack.Accepted, ack.StatusCode));
        }
        Assert.Equal(ClaimStatus.Submitted, (await db.Claims.AsNoTracking().SingleAsync(c => c.Id == other.Id)).Status);
        var accepted = await db.Acknowledgements.AsNoTracking().SingleAsync(a => a.ClaimId == other.Id);
        Assert.Equal((AcknowledgementSource.X12_999, true), (accepted.Source, accepted.Accepted));
    }

    [Fact]
    public async Task A_999_rejecting_a_whole_group_rejects_the_batch_and_the_sample_999s_import()
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Ready, ("99213", 95m));
        var batch = (await SubmitAsync(claim.Id))["submissionBatch"]!;

        var group = await host.Biller().GraphQLAsync(ImportAcks, new { input = new { content = Ack999(batch["groupControlNumber"]!.GetValue<long>(), "R") } });

        Assert.Null(group.Data()["importAcknowledgements"]!["errors"]);
        Assert.Equal(1, group.Data()["importAcknowledgements"]!["import"]!["rejectedClaims"]!.GetValue<int>());
        await using (var db = host.TenantDb())
            Assert.Equal(ClaimStatus.Rejected, (await db.Claims.AsNoTracking().SingleAsync(c => c.Id == claim.Id)).Status);

        // The shared sample answers a group that is not ours: listed, nothing moved.
        var samples = SharedData.File("x12", "samples");
        var sample = (await host.Biller().GraphQLAsync(ImportAcks, new { input = new { content = File.ReadAllText(Path.Combine(samples, "x12_999_rejected.txt")) } }))
            .Data()["importAcknowledgements"]!;
        Assert.Null(sample["errors"]);
        Assert.Equal((0, 0), (sample["import"]!["acceptedClaims"]!.GetValue<int>(), sample["import"]!["rejectedClaims"]!.GetValue<int>()));
        Assert.Equal(("GS 28", "AK9 R"), (sample["import"]!["unmatched"]![0]!["claimNumber"]!.GetValue<string>(), sample["import"]!["unmatched"]![0]!["status"]!.GetValue<string>()));
        // The accepted sample's IEA02 (000000001) is not its ISA13 (000000286): refused like a mismatched 835, as a typed error.
        var mismatched = (await host.Biller().GraphQLAsync(ImportAcks, new { input = new { content = File.ReadAllText(Path.Combine(samples, "x12_999_accepted.txt")) } }))
            .Data()["importAcknowledgements"]!;
        Assert.Equal("X12SyntaxError", mismatched["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_submissions_each_get_their_own_interchange_control_number()
    {
        const int Submitters = 8;
        var claims = new List<Claim>();
        for (var i = 0; i < Submitters; i++) claims.Add(await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Ready, ("99213", 95m + i)));

        var payloads = await Task.WhenAll(claims.Select(c => Task.Run(() => SubmitAsync(c.Id))));

        Assert.All(payloads, p => Assert.Null(p["errors"]));
        var numbers = payloads.Select(p => p["submissionBatch"]!["interchangeControlNumber"]!.GetValue<long>()).ToList();
        Assert.Equal(Submitters, numbers.Distinct().Count());
        await using var db = host.TenantDb();
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == db.CurrentTenantId);
        Assert.Equal(await db.SubmissionBatches.MaxAsync(b => b.InterchangeControlNumber), tenant.LastInterchangeControlNumber);
        Assert.All(payloads, p => Assert.Equal(p["submissionBatch"]!["interchangeControlNumber"]!.GetValue<long>(),
            long.Parse(X12Reader.Read(p["submissionBatch"]!["content"]!.GetValue<string>()).ControlNumber, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_control_number_that_is_already_taken_is_a_conflict_error_not_a_server_error()
    {
        var first = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Ready, ("99213", 95m));
        var second = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Ready, ("99213", 96m));
        Assert.Null((await SubmitAsync(first.Id))["errors"]);
        await using (var db = host.TenantDb())
        {
            // A counter behind the batches (restored from an old backup, say): the next number is taken.
            var id = db.CurrentTenantId;
            await db.Tenants.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastInterchangeControlNumber, t => t.LastInterchangeControlNumber - 1));
        }

        JsonNode payload;
        try
        {
            payload = await SubmitAsync(second.Id);
        }
        finally
        {
            // Put the counter back for the other tests of this fixture.
            await using var db = host.TenantDb();
            var id = db.CurrentTenantId;
            await db.Tenants.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastInterchangeControlNumber, t => t.LastInterchangeControlNumber + 1));
        }

        Assert.Equal("ConflictError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
        await using var check = host.TenantDb();
        Assert.Equal(ClaimStatus.Ready, (await check.Claims.AsNoTracking().SingleAsync(c => c.Id == second.Id)).Status);
    }
}

public sealed class SubmissionTestsOnSqlite(SqliteApi api) : SubmissionTests(api.Host), IClassFixture<SqliteApi>;

public sealed class SubmissionTestsOnPostgres(PostgresApi api) : SubmissionTests(api.Host), IClassFixture<PostgresApi>;
