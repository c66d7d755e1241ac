using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Claims;
using RevenueCycle.Data;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;
using RevenueCycle.Payments;
using RevenueCycle.Subscriptions;

namespace RevenueCycle.Imports;

/// <summary>Background 835 imports: startRemittance835Import, POST /x12/835 with Prefer: respond-async, GET /x12/jobs/{id}, importProgress.</summary>
public abstract class ImportJobTests(ApiHost host)
{
    // The example operations a front end copies (schema/operations), run as checked in.
    private static readonly string Start = Operations.Load("start-835-import");
    private static readonly string Job = Operations.Load("import-job");

    private const string Progress = "subscription { importProgress { jobId state processed total message } }";

    private static StringContent Edi(string text) => new(text, Encoding.UTF8, "application/edi-x12");

    private async Task<JsonNode> WaitForEndAsync(HttpClient client, string jobId)
    {
        JsonNode? job = null;
        await WsTestClient.WaitUntilAsync(() =>
        {
            job = client.GraphQLAsync(Job, new { id = jobId }).GetAwaiter().GetResult().Data()["importJob"]!;
            return job["state"]!.GetValue<string>() is "SUCCEEDED" or "FAILED";
        }, TimeSpan.FromMinutes(2));
        return job!;
    }

    [Fact]
    public async Task A_started_import_runs_to_succeeded_posts_the_claims_and_a_subscriber_sees_its_progress()
    {
        var claims = new List<Claim>();
        for (var i = 0; i < 5; i++) claims.Add(await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Submitted, ("99213", 100m + i)));
        var content = TestClaims.Era(TestClaims.NewNumber("EFT"), [.. claims.Select(c => (c.Number, c.TotalCharge, "99213"))]);
        await using var subscriber = await WsTestClient.ConnectAsAsync(host, "bob; tenant=demo; roles=BILLER");
        await subscriber.SubscribeAndWaitAsync(host, "p", Progress);
        using var biller = host.Biller();

        var started = (await biller.GraphQLAsync(Start, new { input = new { content } })).Data()["startRemittance835Import"]!;

        Assert.Null(started["errors"]);
        Assert.Equal(("QUEUED", "REMITTANCE_835"), (started["job"]!["state"]!.GetValue<string>(), started["job"]!["kind"]!.GetValue<string>()));
        var jobId = started["job"]!["id"]!.GetValue<string>();
        var seen = new List<JsonNode>();
        while (seen.LastOrDefault()?["state"]!.GetValue<string>() is not ("SUCCEEDED" or "FAILED"))
        {
            var progress = (await subscriber.ReceiveAsync(TimeSpan.FromMinutes(2)))["payload"]!["data"]!["importProgress"]!;
            if (progress["jobId"]!.GetValue<string>() == jobId) seen.Add(progress);
        }
        Assert.True(seen[^1]["state"]!.GetValue<string>() == "SUCCEEDED", seen[^1]["message"]?.GetValue<string>());
        // ProgressEvery is 2 in these hosts: 0 of 5 when the file is read, 2 and 4 while posting, then the outcome.
        Assert.Equal(["RUNNING:0", "RUNNING:2", "RUNNING:4", "SUCCEEDED:5"], seen.Select(p => $"{p["state"]}:{p["processed"]}"));
        Assert.All(seen, p => Assert.Equal(5, p["total"]!.GetValue<int>()));

        var job = await WaitForEndAsync(biller, jobId);
        Assert.Equal(("SUCCEEDED", 5, 5), (job["state"]!.GetValue<string>(), job["processed"]!.GetValue<int>(), job["total"]!.GetValue<int>()));
        Assert.Equal((5, 0), (job["remittanceImport"]!["postedClaims"]!.GetValue<int>(), job["remittanceImport"]!["unmatchedClaims"]!.GetValue<int>()));
        foreach (var claim in claims)
        {
            Assert.Equal(ClaimStatus.Paid, (await TestClaims.ReloadAsync(host, claim.Id)).Claim.Status);
            await TestClaims.AssertBalanceInvariantAsync(host, claim.Id);
        }
        await using (var db = host.TenantDb())
            Assert.Null((await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == GlobalId.TryDecode(jobId, "ImportJob"))).Content);

        // The same file again: the job fails as importRemittance835 would, and posts nothing.
        var before = await TestClaims.RowCountsAsync(host);
        var again = (await biller.GraphQLAsync(Start, new { input = new { content } })).Data()["startRemittance835Import"]!["job"]!["id"]!.GetValue<string>();
        var duplicate = await WaitForEndAsync(biller, again);
        Assert.Equal(("FAILED", "DuplicateRemittanceError"), (duplicate["state"]!.GetValue<string>(), duplicate["errorCode"]!.GetValue<string>()));
        Assert.Equal(before, await TestClaims.RowCountsAsync(host));
    }

    [Fact]
    public async Task Prefer_respond_async_queues_a_job_and_a_malformed_file_fails_it_with_nothing_posted()
    {
        var claim = await TestClaims.CreateAsync(host, TestClaims.NewNumber(), ClaimStatus.Submitted, ("99213", 100m));
        var good = TestClaims.Era(TestClaims.NewNumber("EFT"), (claim.Number, 100m, "99213"));
        var before = await TestClaims.RowCountsAsync(host);
        using var biller = host.Biller();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/x12/835") { Content = Edi(good[..(good.Length * 2 / 3)]) };
        request.Headers.Add("Prefer", "respond-async, wait=0");

        using var response = await biller.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var jobId = body["id"]!.GetValue<string>();
        Assert.Equal($"/x12/jobs/{jobId}", response.Headers.Location!.OriginalString);
        JsonObject status = null!;
        await WsTestClient.WaitUntilAsync(() =>
        {
            status = biller.GetFromJsonAsync<JsonObject>(response.Headers.Location).GetAwaiter().GetResult()!;
            return status["state"]!.GetValue<string>() is "Succeeded" or "Failed";
        }, TimeSpan.FromMinutes(2));
        Assert.Equal("Failed", status["state"]!.GetValue<string>());
        Assert.Equal("X12SyntaxError", status["error"]!["type"]!.GetValue<string>());
        Assert.Null(status["remittanceImportId"]);
        Assert.Equal(before, await TestClaims.RowCountsAsync(host));
        Assert.Equal(ClaimStatus.Submitted, (await TestClaims.ReloadAsync(host, claim.Id)).Claim.Status);

        // Without the preference the endpoint still answers synchronously.
        using var synchronous = await biller.PostAsync("/x12/835", Edi(good));
        Assert.Equal(HttpStatusCode.OK, synchronous.StatusCode);
    }

    [Fact]
    public async Task Another_tenant_cannot_see_the_job()
    {
        using var biller = host.Biller();
        var jobId = (await biller.GraphQLAsync(Start, new { input = new { content = "not an 835" } })).Data()["startRemittance835Import"]!["job"]!["id"]!.GetValue<string>();
        await WaitForEndAsync(biller, jobId);
        using var lakeside = host.As("lee", "lakeside", Roles.Biller);

        var answer = await lakeside.GraphQLAsync("query($id: ID!) { importJob(id: $id) { id } node(id: $id) { id } importJobs(first: 100) { nodes { id } } }", new { id = jobId });

        Assert.Null(answer["errors"]);
        Assert.Null(answer.Data()["importJob"]);
        Assert.Null(answer.Data()["node"]);
        Assert.DoesNotContain(answer.Data()["importJobs"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == jobId);
        using var http = await lakeside.GetAsync($"/x12/jobs/{jobId}");
        Assert.Equal(HttpStatusCode.NotFound, http.StatusCode);
        using var own = await biller.GetAsync($"/x12/jobs/{jobId}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using var frontDesk = await host.As("dana", "demo", Roles.FrontDesk).GetAsync($"/x12/jobs/{jobId}");
        Assert.Equal(HttpStatusCode.Forbidden, frontDesk.StatusCode);
    }

    [Fact]
    public async Task A_job_left_running_by_a_stopped_process_is_failed_as_interrupted()
    {
        Guid id;
        await using (var db = host.TenantDb())
        {
            var job = new ImportJob { Kind = ImportJobKind.Remittance835, State = ImportState.Running, Content = "ISA...", CreatedBy = "biller", CreatedAt = FixedClock.Default.UtcDateTime };
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync();
            id = job.Id;
        }

        // What the worker does first when the process starts.
        Assert.True(await host.Services.GetRequiredService<ImportJobWorker>().FailInterruptedAsync(CancellationToken.None) >= 1);

        await using var check = host.TenantDb();
        var stored = await check.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id);
        Assert.Equal((ImportState.Failed, "Interrupted", null), (stored.State, stored.ErrorCode, stored.Content));
        Assert.NotNull(stored.FinishedAt);
    }
}

/// <summary>A host on a real port (WebSocket subscribers) reporting progress every 2 claims.</summary>
public abstract class ImportJobApi : IAsyncLifetime
{
    protected static readonly Dictionary<string, string?> Settings = new() { ["Imports:ProgressEvery"] = "2" };

    public ApiHost Host { get; protected set; } = null!;

    public abstract Task InitializeAsync();

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed class SqliteImportJobApi : ImportJobApi
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"revenuecycle-test-{Guid.NewGuid():N}.db");

    public override Task InitializeAsync()
    {
        Host = new ApiHost(DatabaseProvider.Sqlite, $"Data Source={_file};Pooling=false", kestrel: true, settings: Settings);
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}

public sealed class PostgresImportJobApi : ImportJobApi
{
    public override async Task InitializeAsync()
    {
        var server = await PostgresServer.SharedAsync();
        Host = new ApiHost(DatabaseProvider.Postgres, await server.CreateDatabaseAsync("jobs"), kestrel: true, settings: Settings);
    }
}

public sealed class ImportJobTestsOnSqlite(SqliteImportJobApi api) : ImportJobTests(api.Host), IClassFixture<SqliteImportJobApi>;

public sealed class ImportJobTestsOnPostgres(PostgresImportJobApi api) : ImportJobTests(api.Host), IClassFixture<PostgresImportJobApi>;
