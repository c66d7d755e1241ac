using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.GraphQL;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Auditing;

/// <summary>
/// Every PHI read is audited (who, which record, when, which client): one row per record per request (a repeat by
/// the same reader within a minute excepted), for queries too, and nothing for requests that read no PHI. The trail
/// cannot be changed afterwards.
/// </summary>
public abstract class PhiReadAuditTests(ApiHost host)
{
    private HttpClient Auditor() => host.As("auditor@demo.test", "demo", Roles.Auditor);

    [Fact]
    public async Task Reading_a_patient_chart_records_one_row_per_record_read_with_actor_and_client()
    {
        var actor = $"chart-{Guid.NewGuid():N}@demo.test";
        using var biller = host.As(actor, "demo", Roles.Biller);
        var inserts = host.SqlCommands.AuditInserts;
        var data = (await biller.GraphQLAsync("""
            query Chart {
              patients(first: 3) { nodes { id firstName lastName dateOfBirth coverages { id memberId } encounters { id status } } }
              claims(first: 5) { nodes { number patient { id lastName } } }
            }
            """)).Data();
        var patients = data["patients"]!["nodes"]!.AsArray();
        // Read twice (the list and the claims' patients) and by several fields: still one row per record.
        var patientIds = patients.Select(p => p!["id"]!.GetValue<string>())
            .Concat(data["claims"]!["nodes"]!.AsArray().Select(c => c!["patient"]!["id"]!.GetValue<string>())).Distinct().Order().ToList();
        var coverageIds = patients.SelectMany(p => p!["coverages"]!.AsArray()).Select(c => c!["id"]!.GetValue<string>()).Order().ToList();
        var encounterIds = patients.SelectMany(p => p!["encounters"]!.AsArray()).Select(e => e!["id"]!.GetValue<string>()).Order().ToList();
        Assert.NotEmpty(coverageIds);
        Assert.NotEmpty(encounterIds);

        // All of it in one INSERT, however many records and fields.
        Assert.Equal(1, host.SqlCommands.AuditInserts - inserts);
        var rows = await PhiRowsAsync(actor);
        Assert.Equal(patientIds, IdsOf(rows, "Patient"));
        Assert.Equal(coverageIds, IdsOf(rows, "Coverage"));
        Assert.Equal(encounterIds, IdsOf(rows, "Encounter"));
        Assert.All(rows, r =>
        {
            Assert.Equal(DevelopmentAuthentication.ClientId, r!["clientId"]!.GetValue<string>());
            Assert.Equal("read", r["action"]!.GetValue<string>());
            Assert.Equal("Chart", r["details"]!.GetValue<string>());
            Assert.NotNull(r["at"]);
        });
    }

    [Fact]
    public async Task A_node_read_through_an_integration_token_names_its_client()
    {
        using var http = host.CreateClient();
        using var integration = host.WithToken(await http.ClientTokenAsync("demo"));
        var patientId = (await integration.GraphQLAsync("{ patients(first: 1) { nodes { id } } }")).Data()["patients"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var me = (await integration.GraphQLAsync("{ me { actor clientId } }")).Data()["me"]!;
        var before = (await PhiRowsAsync(me["actor"]!.GetValue<string>())).Count;

        var node = (await integration.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Patient { mrn } } }", new { id = patientId })).Data()["node"]!;
        Assert.NotNull(node["mrn"]);

        var rows = await PhiRowsAsync(me["actor"]!.GetValue<string>());
        Assert.Equal(before + 1, rows.Count);
        var row = rows.Single(r => r!["entityId"]!.GetValue<string>() == patientId && r["details"] is null)!;
        Assert.Equal(me["clientId"]!.GetValue<string>(), row["clientId"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_reader_refreshing_the_same_page_within_a_minute_is_recorded_once()
    {
        var actor = $"refresh-{Guid.NewGuid():N}@demo.test";
        using var biller = host.As(actor, "demo", Roles.Biller);
        const string page = "{ claims(first: 5) { nodes { number patient { lastName } } } }";
        (await biller.GraphQLAsync(page)).Data();
        var rows = (await PhiRowsAsync(actor)).Count;
        var inserts = host.SqlCommands.AuditInserts;
        (await biller.GraphQLAsync(page)).Data();
        Assert.Equal(inserts, host.SqlCommands.AuditInserts);
        Assert.Equal(rows, (await PhiRowsAsync(actor)).Count);
        Assert.True(rows > 0);
    }

    [Fact]
    public async Task Requests_that_read_no_phi_record_no_phi_reads()
    {
        var actor = $"numbers-{Guid.NewGuid():N}@demo.test";
        using var biller = host.As(actor, "demo", Roles.Biller);
        var claims = (await biller.GraphQLAsync("{ claims(first: 20) { totalCount nodes { id number status patient { id } } } patients { totalCount } }")).Data();
        Assert.NotEmpty(claims["claims"]!["nodes"]!.AsArray());
        Assert.Empty(await PhiRowsAsync(actor));
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_changed_through_the_api_or_the_database_context()
    {
        // No mutation touches audit events: none is named for them and none returns one.
        var schema = host.Services.GetRequiredService<RevenueCycleSchema>();
        schema.Initialize();
        Assert.DoesNotContain(schema.Mutation!.Fields, f => f.Name.Contains("audit", StringComparison.OrdinalIgnoreCase)
            || ((IComplexGraphType)f.ResolvedType!.GetNamedType()).Fields.Any(p => p.ResolvedType?.GetNamedType().Name == "AuditEvent"));
        using var auditor = Auditor();
        var refused = await auditor.GraphQLAsync("mutation { deleteAuditEvent(id: \"x\") { __typename } }");
        Assert.NotEmpty(refused.ErrorCodes());

        using var biller = host.As($"trail-{Guid.NewGuid():N}@demo.test", "demo", Roles.Biller);
        (await biller.GraphQLAsync("{ patients(first: 1) { nodes { lastName } } }")).Data();
        await using (var db = host.TenantDb())
        {
            var row = await db.AuditEvents.FirstAsync(a => a.IsPhiRead);
            row.Actor = "someone else";
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            db.Entry(row).State = EntityState.Unchanged;
            db.AuditEvents.Remove(row);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        await using (var db = host.TenantDb())
            Assert.DoesNotContain(await db.AuditEvents.Select(a => a.Actor).ToListAsync(), a => a == "someone else");
    }

    private async Task<List<JsonNode?>> PhiRowsAsync(string actor)
    {
        using var auditor = Auditor();
        return [.. (await auditor.GraphQLAsync("query($a: String) { auditEvents(first: 100, where: { actor: { eq: $a }, isPhiRead: { eq: true } }) { nodes { at actor clientId action entityType entityId details isPhiRead } } }",
            new { a = actor })).Data()["auditEvents"]!["nodes"]!.AsArray()];
    }

    private static List<string> IdsOf(List<JsonNode?> rows, string type) =>
        [.. rows.Where(r => r!["entityType"]!.GetValue<string>() == type).Select(r => r!["entityId"]!.GetValue<string>()).Order()];
}

public sealed class PhiReadAuditTestsOnSqlite(SqliteApi api) : PhiReadAuditTests(api.Host), IClassFixture<SqliteApi>;

public sealed class PhiReadAuditTestsOnPostgres(PostgresApi api) : PhiReadAuditTests(api.Host), IClassFixture<PostgresApi>;
