using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.Infrastructure;
using RevenueCycle.X12;
using Xunit.Abstractions;

namespace RevenueCycle.Payments;

/// <summary>
/// The "835 posting" figure of docs/performance.md: an 835 of REVENUECYCLE_PERF_CLAIMS (default 10,000) CLPs
/// against as many SUBMITTED claims, posted through POST /x12/835. Opt-in (REVENUECYCLE_PERF=1): it builds its own
/// databases and takes minutes on a small machine.
/// </summary>
public sealed class RemittancePostingPerformanceTests(ITestOutputHelper output)
{
    private static bool Enabled => Environment.GetEnvironmentVariable("REVENUECYCLE_PERF") == "1";
    private static int ClaimCount => int.TryParse(Environment.GetEnvironmentVariable("REVENUECYCLE_PERF_CLAIMS"), out var n) ? n : 10_000;

    [Fact]
    public async Task Posting_a_large_835_on_sqlite()
    {
        if (!Enabled) return;
        var api = new SqliteApi();
        await api.InitializeAsync();
        try { await MeasureAsync(api.Host); }
        finally { await api.DisposeAsync(); }
    }

    [Fact]
    public async Task Posting_a_large_835_on_postgres()
    {
        if (!Enabled) return;
        var api = new PostgresApi();
        await api.InitializeAsync();
        try { await MeasureAsync(api.Host); }
        finally { await api.DisposeAsync(); }
    }

    [Fact]
    public async Task Posting_a_large_835_in_the_background_on_sqlite()
    {
        if (!Enabled) return;
        var api = new SqliteApi();
        await api.InitializeAsync();
        try { await MeasureAsync(api.Host, background: true); }
        finally { await api.DisposeAsync(); }
    }

    [Fact]
    public async Task Posting_a_large_835_in_the_background_on_postgres()
    {
        if (!Enabled) return;
        var api = new PostgresApi();
        await api.InitializeAsync();
        try { await MeasureAsync(api.Host, background: true); }
        finally { await api.DisposeAsync(); }
    }

    private async Task MeasureAsync(ApiHost host, bool background = false)
    {
        var numbers = await SeedClaimsAsync(host, ClaimCount);
        var content = Era(numbers);
        var sql = host.SqlCommands.Count;
        using var client = host.Biller();
        client.Timeout = TimeSpan.FromMinutes(30);
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/x12/835") { Content = new StringContent(content, Encoding.UTF8, "application/edi-x12") };
        if (background) request.Headers.Add("Prefer", "respond-async");
        using var response = await client.SendAsync(request);
        if (background)
        {
            // The job: polled once a second until it ends (the wall clock includes up to a second of polling).
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var state = "";
            while (state is not ("Succeeded" or "Failed"))
            {
                await Task.Delay(1000);
                state = (await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>(response.Headers.Location))!["state"]!.GetValue<string>();
            }
            Assert.Equal("Succeeded", state);
        }
        clock.Stop();
        Assert.Equal(background ? HttpStatusCode.Accepted : HttpStatusCode.OK, response.StatusCode);
        output.WriteLine($"{host.Provider}{(background ? " (background job)" : "")}: {numbers.Count} claims, {content.Length / 1024} KiB, posted in {clock.Elapsed.TotalSeconds:0.0} s " +
            $"({numbers.Count / clock.Elapsed.TotalSeconds:0} claims/s), {host.SqlCommands.Count - sql} SQL commands");
        await using var db = host.TenantDb();
        Assert.Equal(numbers.Count, await db.Claims.CountAsync(c => c.Number.StartsWith("PERF") && c.Status == ClaimStatus.Paid));
    }

    private static async Task<List<(string Number, decimal Charge)>> SeedClaimsAsync(ApiHost host, int count)
    {
        await using var db = host.TenantDb();
        var templates = await db.Claims.AsNoTracking().Where(c => c.Status == ClaimStatus.Paid || c.Status == ClaimStatus.Submitted).ToListAsync();
        var at = FixedClock.Default.AddDays(-10);
        var result = new List<(string, decimal)>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            var t = templates[i % templates.Count];
            var claim = new Claim
            {
                Number = $"PERF{i:D6}", EncounterId = t.EncounterId, PatientId = t.PatientId, CoverageId = t.CoverageId, PayerId = t.PayerId,
                ProviderId = t.ProviderId, FacilityId = t.FacilityId, Form = ClaimForm.Professional, ServiceDateFrom = t.ServiceDateFrom,
                ServiceDateTo = t.ServiceDateTo, Status = ClaimStatus.Submitted,
            };
            claim.Lines.Add(new ClaimLine { LineNumber = 1, ProcedureCode = "99213", Charge = 100m + i % 50, DiagnosisPointers = [1], ServiceDate = t.ServiceDateFrom });
            claim.TotalCharge = claim.Balance = claim.Lines[0].Charge;
            db.Add(claim);
            db.Add(LedgerEntry.From(Ledger.LedgerEntry.Charge(Guid.CreateVersion7(), claim.TotalCharge, at, claim.Id), claim.PatientId, "perf"));
            result.Add((claim.Number, claim.TotalCharge));
            if (i % 1000 == 999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
        return result;
    }

    private static string Era(List<(string Number, decimal Charge)> claims)
    {
        var clps = claims.Select(c =>
        {
            var paid = decimal.Round(c.Charge * 0.8m, 2);
            return new RemittanceClaim
            {
                PatientControlNumber = c.Number, StatusCode = "1", TotalCharge = c.Charge, Paid = paid, PatientResponsibility = 0m,
                Lines = [new RemittanceServiceLine { ProcedureCode = "99213", Charge = c.Charge, Paid = paid, Units = 1m, Adjustments = [new ClaimAdjustment("CO", "45", c.Charge - paid)] }],
            };
        }).ToList();
        var advice = new RemittanceAdvice
        {
            ControlNumber = "0001", Payment = new RemittancePayment("I", clps.Sum(c => c.Paid), "C", "ACH", "CCP", new DateOnly(2026, 10, 20)),
            TraceNumber = "PERF-EFT-1", Payer = new RemittancePayer("ACME HEALTH PLAN", "60054"), Payee = new RemittancePayee("RIVERSIDE", "1234567893", null),
            Claims = clps,
        };
        return Remittance835Writer.Write([advice], new X12Envelope { SenderId = "ACME", ReceiverId = "RIVERSIDE", InterchangeControlNumber = 1 });
    }
}
