using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;
using RevenueCycle.X12;

namespace RevenueCycle.Payments;

/// <summary>importRemittance835 and POST /x12/835 on the real sample files and on generated ones.</summary>
public abstract class Remittance835ImportTests(ApiHost host)
{
    private const string Import = """
        mutation($input: ImportRemittance835Input!) {
          importRemittance835(input: $input) {
            import { id claimCount postedClaims unmatchedClaims denialsCreated remittances { id amount claimPayments { patientControlNumber paid matched } } }
            errors { __typename ... on Error { message } ... on X12SyntaxError { segmentPosition segmentId } ... on DuplicateRemittanceError { remittanceId } }
          }
        }
        """;

    /// <summary>Our claims for the samples' CLP01 values (line code, charge) and the status each should end in; the rest stay unmatched.</summary>
    private static readonly Dictionary<string, (string Number, string Code, decimal Charge, ClaimStatus Expected)[]> SampleClaims = new()
    {
        ["managed-care.835"] = [("5554555444", "99211", 800m, ClaimStatus.Paid), ("8765432112", "93555", 1200m, ClaimStatus.Paid)],
        ["medicare-part-a.835"] = [("666123", "0100", 211366.97m, ClaimStatus.Paid), ("777777", "0100", 15000m, ClaimStatus.Paid)],
        ["835_mult_loops.txt"] = [("2005555A", "T1005", 915.39m, ClaimStatus.Denied)],
        ["cob-contractural-adjustment.835"] = [("0001000055", "55669", 541m, ClaimStatus.Paid)],
        ["profee.edi"] = [],
    };

    public static TheoryData<string> Samples() => [.. SampleClaims.Keys];

    private async Task<JsonNode> ImportAsync(string content) =>
        (await host.Biller().GraphQLAsync(Import, new { input = new { content } })).Data()["importRemittance835"]!;

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_sample_835_imports_reconciles_and_a_second_import_posts_nothing(string sample)
    {
        var content = File.ReadAllText(SharedData.File("x12", "samples", sample));
        var advices = Remittance835.Parse(content, Remittance835Import.Options);
        var claims = new List<Claim>();
        foreach (var (number, code, charge, _) in SampleClaims[sample])
            claims.Add(await TestClaims.CreateAsync(host, number, ClaimStatus.Submitted, (code, charge)));

        var payload = await ImportAsync(content);

        Assert.Null(payload["errors"]);
        var import = payload["import"]!;
        var clps = advices.SelectMany(a => a.Claims).ToList();
        Assert.Equal(clps.Count, import["claimCount"]!.GetValue<int>());
        Assert.Equal(claims.Count, import["postedClaims"]!.GetValue<int>());
        Assert.Equal(clps.Count - claims.Count, import["unmatchedClaims"]!.GetValue<int>());
        var remittances = import["remittances"]!.AsArray();
        Assert.Equal(advices.Sum(a => a.Payment.Amount), remittances.Sum(r => r!["amount"]!.GetValue<decimal>()));
        Assert.Equal(clps.Sum(c => c.Paid), remittances.SelectMany(r => r!["claimPayments"]!.AsArray()).Sum(p => p!["paid"]!.GetValue<decimal>()));

        await using (var db = host.TenantDb())
        {
            var ids = claims.Select(c => c.Id).ToList();
            var posted = await db.LedgerEntries.Where(e => e.ClaimId != null && ids.Contains(e.ClaimId.Value) && e.Kind == Ledger.LedgerEntryKind.InsurancePayment).SumAsync(e => e.Amount);
            Assert.Equal(clps.Where(c => SampleClaims[sample].Any(s => s.Number == c.PatientControlNumber)).Sum(c => c.Paid), posted);
        }
        foreach (var (claim, expected) in claims.Zip(SampleClaims[sample].Select(s => s.Expected)))
        {
            Assert.Equal(expected, (await TestClaims.ReloadAsync(host, claim.Id)).Claim.Status);
            await TestClaims.AssertBalanceInvariantAsync(host, claim.Id);
        }

        var before = await TestClaims.RowCountsAsync(host);
        var again = await ImportAsync(content);
        Assert.Equal("DuplicateRemittanceError", again["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(before, await TestClaims.RowCountsAsync(host));
    }

    [Fact]
    public async Task A_denial_in_an_835_opens_a_denial_on_the_line()
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Submitted, ("99213", 100m), ("93000", 60m));
        var advice = Remittance835.Parse(TestClaims.Era(TestClaims.NewNumber("EFT"), (claim.Number, 100m, "99213")))[0];
        var clp = advice.Claims[0] with
        {
            TotalCharge = 160m,
            Lines = [advice.Claims[0].Lines[0], new RemittanceServiceLine { ProcedureCode = "93000", Charge = 60m, Paid = 0m, Adjustments = [new ClaimAdjustment("CO", "197", 60m)] }],
        };
        var content = Remittance835Writer.Write([advice with { Claims = [clp] }], new X12Envelope { SenderId = "ACME", ReceiverId = "RIVERSIDE", InterchangeControlNumber = 4711 });

        var payload = await ImportAsync(content);

        Assert.Equal(1, payload["import"]!["denialsCreated"]!.GetValue<int>());
        await using var db = host.TenantDb();
        var denial = await db.Denials.AsNoTracking().SingleAsync(d => d.ClaimId == claim.Id);
        Assert.Equal((Denials.DenialCategory.Authorization, 60m), (denial.Category, denial.Amount));
        Assert.Equal(claim.Lines[1].Id, denial.ClaimLineId);
        var stored = (await TestClaims.ReloadAsync(host, claim.Id)).Claim;
        Assert.Equal((ClaimStatus.PartiallyPaid, 80m, 20m, 60m), (stored.Status, stored.InsurancePaid, stored.Adjusted, stored.Balance));
        await TestClaims.AssertBalanceInvariantAsync(host, claim.Id);
    }

    [Fact]
    public async Task Another_tenants_claim_numbers_never_match()
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Submitted, ("99213", 100m));
        var content = TestClaims.Era(TestClaims.NewNumber("EFT"), (claim.Number, 100m, "99213"));

        var payload = (await host.As("lee", "lakeside", Roles.Biller).GraphQLAsync(Import, new { input = new { content } })).Data()["importRemittance835"]!;

        Assert.Equal((0, 1), (payload["import"]!["postedClaims"]!.GetValue<int>(), payload["import"]!["unmatchedClaims"]!.GetValue<int>()));
        var (stored, _) = await TestClaims.ReloadAsync(host, claim.Id);
        Assert.Equal((ClaimStatus.Submitted, 0m), (stored.Status, stored.InsurancePaid));
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_import()
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Submitted, ("99213", 100m));
        var content = TestClaims.Era(TestClaims.NewNumber("EFT"), (claim.Number, 100m, "99213"));
        var key = Guid.NewGuid().ToString();
        async Task<JsonNode> Send() => (await host.Biller().GraphQLAsync(Import, new { input = new { content, idempotencyKey = key } })).Data()["importRemittance835"]!;

        var first = await Send();
        var retry = await Send();

        Assert.Null(retry["errors"]);
        Assert.Equal(first["import"]!["id"]!.GetValue<string>(), retry["import"]!["id"]!.GetValue<string>());
        Assert.Equal(80m, (await TestClaims.ReloadAsync(host, claim.Id)).Claim.InsurancePaid);
    }

    public static TheoryData<string> Malformations() => ["truncated", "wrong segment count", "garbage"];

    [Theory]
    [MemberData(nameof(Malformations))]
    public async Task A_malformed_file_posts_nothing(string malformation)
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Submitted, ("99213", 100m));
        var good = TestClaims.Era(TestClaims.NewNumber("EFT"), (claim.Number, 100m, "99213"));
        var bad = malformation switch
        {
            "truncated" => good[..(good.Length * 2 / 3)],
            "wrong segment count" => Regex.Replace(good, @"SE\*(\d+)\*", m => $"SE*{int.Parse(m.Groups[1].Value) + 1}*"),
            _ => "this is not an 835 at all",
        };
        var before = await TestClaims.RowCountsAsync(host);

        var payload = await ImportAsync(bad);

        Assert.Equal("X12SyntaxError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Null(payload["import"]);
        Assert.Equal(before, await TestClaims.RowCountsAsync(host));
        Assert.Equal(ClaimStatus.Submitted, (await TestClaims.ReloadAsync(host, claim.Id)).Claim.Status);
    }

    [Fact]
    public async Task The_http_endpoint_imports_refuses_duplicates_and_reports_malformed_files()
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Submitted, ("99213", 100m));
        var content = TestClaims.Era(TestClaims.NewNumber("EFT"), (claim.Number, 100m, "99213"), ("NOT-OURS-1", 50m, "99212"));
        using var biller = host.Biller();
        static StringContent Edi(string text) => new(text, Encoding.UTF8, "application/edi-x12");

        using var created = await biller.PostAsync("/x12/835", Edi(content));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var body = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((1, 1), (body["postedClaims"]!.GetValue<int>(), body["unmatchedClaims"]!.GetValue<int>()));
        Assert.Single(body["remittances"]!.AsArray());
        Assert.Equal(ClaimStatus.Paid, (await TestClaims.ReloadAsync(host, claim.Id)).Claim.Status);

        var before = await TestClaims.RowCountsAsync(host);
        using var duplicate = await biller.PostAsync("/x12/835", Edi(content));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("DuplicateRemittanceError", (await duplicate.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["type"]!.GetValue<string>());

        using var malformed = await biller.PostAsync("/x12/835", Edi(content[..(content.Length / 2)]));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var error = (await malformed.Content.ReadFromJsonAsync<JsonObject>())!["error"]!;
        Assert.Equal("X12SyntaxError", error["type"]!.GetValue<string>());
        Assert.True(error["segmentPosition"]!.GetValue<int>() > 0);
        Assert.Equal(before, await TestClaims.RowCountsAsync(host));

        using var anonymous = await host.Anonymous().PostAsync("/x12/835", Edi(content));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var frontDesk = await host.As("dana", "demo", Roles.FrontDesk).PostAsync("/x12/835", Edi(content));
        Assert.Equal(HttpStatusCode.Forbidden, frontDesk.StatusCode);
        using var json = await biller.PostAsync("/x12/835", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }
}

public sealed class Remittance835ImportTestsOnSqlite(SqliteApi api) : Remittance835ImportTests(api.Host), IClassFixture<SqliteApi>;

public sealed class Remittance835ImportTestsOnPostgres(PostgresApi api) : Remittance835ImportTests(api.Host), IClassFixture<PostgresApi>;
