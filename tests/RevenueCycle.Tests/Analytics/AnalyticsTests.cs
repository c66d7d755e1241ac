using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Analytics;

/// <summary>
/// arAging, revenueMetrics and claimsNeedingAction against values worked out here from the seeded rows, read
/// straight from the DbContext and computed in C#, not with the API's SQL. Money comes from the claims' own
/// totals, while the API sums the ledger, so the two paths check each other.
/// </summary>
public abstract class AnalyticsTests(ApiHost host)
{
    private static readonly ClaimStatus[] NotReceivable = [ClaimStatus.Draft, ClaimStatus.Ready, ClaimStatus.Voided];
    private static readonly ClaimStatus[] Adjudicated =
        [ClaimStatus.Paid, ClaimStatus.PartiallyPaid, ClaimStatus.Denied, ClaimStatus.Appealed, ClaimStatus.Closed];

    private sealed record SeededClaim(
        Guid Id, string Number, ClaimStatus Status, DateOnly ServiceDate, Guid PayerId, string PayerName, decimal TotalCharge,
        decimal InsurancePaid, decimal Adjusted, decimal PatientPaid, decimal Balance, bool Submitted, bool EverRejected, bool ScrubError);

    [Theory]
    [InlineData("2026-11-02")]
    [InlineData("2026-08-15")]
    public async Task Ar_aging_buckets_match_the_seeded_balances(string asOfText)
    {
        var asOf = DateOnly.Parse(asOfText, System.Globalization.CultureInfo.InvariantCulture);
        var claims = await SeededClaimsAsync();
        var expected = claims
            .Where(c => !NotReceivable.Contains(c.Status) && c.Balance != 0 && c.ServiceDate <= asOf)
            .GroupBy(c => (c.PayerId, c.PayerName))
            .Select(g =>
            {
                decimal Bucket(int fromDays, int toDays) =>
                    g.Where(c => asOf.DayNumber - c.ServiceDate.DayNumber is var age && age >= fromDays && age <= toDays).Sum(c => c.Balance);
                return (g.Key.PayerName, Bucket(0, 30), Bucket(31, 60), Bucket(61, 90), Bucket(91, 120), Bucket(121, int.MaxValue),
                    g.Sum(c => c.Balance), g.Count());
            })
            .OrderByDescending(r => r.Item7).ThenBy(r => r.PayerName, StringComparer.Ordinal)
            .ToList();
        Assert.True(expected.Count >= 2, "The seed should owe money from several payers on " + asOfText);

        using var client = host.Biller();
        var rows = (await client.GraphQLAsync("""
            query($asOf: LocalDate!) { arAging(asOf: $asOf) { payerName days0To30 days31To60 days61To90 days91To120 over120 total claimCount } }
            """, new { asOf = asOfText })).Data()["arAging"]!.AsArray();
        var actual = rows.Select(r => (r!["payerName"]!.GetValue<string>(), Money(r["days0To30"]), Money(r["days31To60"]), Money(r["days61To90"]),
            Money(r["days91To120"]), Money(r["over120"]), Money(r["total"]), r["claimCount"]!.GetValue<int>())).ToList();
        Assert.Equal(expected, actual);
    }

    public static TheoryData<string, string> Ranges() => new()
    {
        { "2026-08-01", "2026-10-31" },
        { "2026-01-01", "2026-12-31" },
        { "2026-10-01", "2026-10-31" },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public async Task Revenue_metrics_match_hand_computed_values(string fromText, string toText)
    {
        var from = DateOnly.Parse(fromText, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(toText, System.Globalization.CultureInfo.InvariantCulture);
        var claims = (await SeededClaimsAsync()).Where(c => c.ServiceDate >= from && c.ServiceDate <= to && c.Status != ClaimStatus.Voided).ToList();
        var ids = claims.Select(c => c.Id).ToHashSet();
        var denials = (await InDemoAsync(db => db.Denials.AsNoTracking().Select(d => new { d.ClaimId, d.GroupCode, d.ReasonCode, d.Amount }).ToListAsync()))
            .Where(d => ids.Contains(d.ClaimId)).ToList();

        var charges = claims.Sum(c => c.TotalCharge);
        var submitted = claims.Count(c => c.Submitted);
        var clean = claims.Count(c => c.Submitted && c.Status != ClaimStatus.Rejected && !c.EverRejected);
        var adjudicated = claims.Where(c => Adjudicated.Contains(c.Status)).ToList();
        var denied = adjudicated.Count(c => denials.Any(d => d.ClaimId == c.Id));
        var insurance = claims.Sum(c => c.InsurancePaid);
        var patient = claims.Sum(c => c.PatientPaid);
        var contractual = claims.Sum(c => c.Adjusted);
        var open = claims.Where(c => !NotReceivable.Contains(c.Status)).Sum(c => c.Balance);
        var days = to.DayNumber - from.DayNumber + 1;
        var byReason = denials.GroupBy(d => (d.GroupCode, d.ReasonCode))
            .Select(g => (g.Key.GroupCode, g.Key.ReasonCode, g.Count(), g.Sum(d => d.Amount)))
            .OrderByDescending(r => r.Item3).ThenBy(r => r.ReasonCode, StringComparer.Ordinal).ToList();
        Assert.True(submitted > 0 && adjudicated.Count > 0 && denials.Count > 0, "The range should hold submitted, adjudicated and denied claims");

        using var client = host.Biller();
        var m = (await client.GraphQLAsync("""
            query($from: LocalDate!, $to: LocalDate!) {
              revenueMetrics(from: $from, to: $to) {
                claimCount charges insurancePayments patientPayments contractualAdjustments openReceivables
                submittedClaims cleanClaims cleanClaimRate adjudicatedClaims deniedClaims denialRate netCollectionRate daysInAr
                denialsByReason { groupCode reasonCode count amount }
              }
            }
            """, new { from = fromText, to = toText })).Data()["revenueMetrics"]!;

        Assert.Equal(claims.Count, m["claimCount"]!.GetValue<int>());
        Assert.Equal(charges, Money(m["charges"]));
        Assert.Equal(insurance, Money(m["insurancePayments"]));
        Assert.Equal(patient, Money(m["patientPayments"]));
        Assert.Equal(contractual, Money(m["contractualAdjustments"]));
        Assert.Equal(open, Money(m["openReceivables"]));
        Assert.Equal(submitted, m["submittedClaims"]!.GetValue<int>());
        Assert.Equal(clean, m["cleanClaims"]!.GetValue<int>());
        Assert.Equal(Math.Round((decimal)clean / submitted, 4), Money(m["cleanClaimRate"]));
        Assert.Equal(adjudicated.Count, m["adjudicatedClaims"]!.GetValue<int>());
        Assert.Equal(denied, m["deniedClaims"]!.GetValue<int>());
        Assert.Equal(Math.Round((decimal)denied / adjudicated.Count, 4), Money(m["denialRate"]));
        Assert.Equal(Math.Round((insurance + patient) / (charges - contractual), 4), Money(m["netCollectionRate"]));
        Assert.Equal(Math.Round(open / (charges / days), 1), Money(m["daysInAr"]));
        Assert.Equal(byReason, m["denialsByReason"]!.AsArray().Select(r => (r!["groupCode"]!.GetValue<string>(), r["reasonCode"]!.GetValue<string>(),
            r["count"]!.GetValue<int>(), Money(r["amount"]))).ToList());
    }

    [Fact]
    public async Task Revenue_metrics_of_an_empty_range_have_no_rates_and_a_reversed_range_is_refused()
    {
        using var client = host.Biller();
        const string query = "query($from: LocalDate!, $to: LocalDate!) { revenueMetrics(from: $from, to: $to) { claimCount cleanClaimRate denialRate netCollectionRate daysInAr } }";
        var empty = (await client.GraphQLAsync(query, new { from = "2020-01-01", to = "2020-01-31" })).Data()["revenueMetrics"]!;
        Assert.Equal(0, empty["claimCount"]!.GetValue<int>());
        Assert.All(new[] { "cleanClaimRate", "denialRate", "netCollectionRate", "daysInAr" }, f => Assert.Null(empty[f]));
        Assert.Equal(["INVALID_ARGUMENT"], (await client.GraphQLAsync(query, new { from = "2026-10-31", to = "2026-10-01" })).ErrorCodes());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("SCRUB_FAILURES")]
    [InlineData("REJECTIONS")]
    [InlineData("DENIALS")]
    public async Task Claims_needing_action_are_the_queues_claims_oldest_first(string? queue)
    {
        var claims = await SeededClaimsAsync();
        bool InQueue(SeededClaim c, string q) => q switch
        {
            "SCRUB_FAILURES" => c.Status == ClaimStatus.Draft && c.ScrubError,
            "REJECTIONS" => c.Status == ClaimStatus.Rejected,
            "DENIALS" => c.Status is ClaimStatus.Denied or ClaimStatus.PartiallyPaid,
            _ => throw new ArgumentOutOfRangeException(nameof(q)),
        };
        var expected = claims.Where(c => queue is null
                ? InQueue(c, "SCRUB_FAILURES") || InQueue(c, "REJECTIONS") || InQueue(c, "DENIALS")
                : InQueue(c, queue))
            .Select(c => c.Number).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);

        using var client = host.Biller();
        var connection = (await client.GraphQLAsync("""
            query($queue: ClaimQueue) { claimsNeedingAction(first: 100, queue: $queue) { totalCount nodes { number serviceDateFrom } } }
            """, new { queue })).Data()["claimsNeedingAction"]!;
        var nodes = connection["nodes"]!.AsArray();

        Assert.Equal(expected.Count, connection["totalCount"]!.GetValue<int>());
        Assert.Equal(expected, nodes.Select(n => n!["number"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var dates = nodes.Select(n => n!["serviceDateFrom"]!.GetValue<string>()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    private static decimal Money(JsonNode? node) => node!.GetValue<decimal>();

    private Task<List<SeededClaim>> SeededClaimsAsync() => InDemoAsync(db => db.Claims.AsNoTracking()
        .Select(c => new SeededClaim(c.Id, c.Number, c.Status, c.ServiceDateFrom, c.PayerId, c.Payer!.Name, c.TotalCharge, c.InsurancePaid,
            c.Adjusted, c.PatientPaid, c.Balance, c.SubmittedAt != null,
            c.StatusHistory.Any(h => h.To == ClaimStatus.Rejected),
            c.ScrubFindings.Any(f => f.Severity == ScrubSeverity.Error)))
        .ToListAsync());

    private async Task<T> InDemoAsync<T>(Func<RevenueCycleDb, Task<T>> read)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
        var tenant = await db.Tenants.Where(t => t.Slug == DemoSeeder.DemoTenant).Select(t => t.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant, "analytics-test");
        return await read(db);
    }
}

public sealed class AnalyticsTestsOnSqlite(SqliteApi api) : AnalyticsTests(api.Host), IClassFixture<SqliteApi>;

public sealed class AnalyticsTestsOnPostgres(PostgresApi api) : AnalyticsTests(api.Host), IClassFixture<PostgresApi>;
