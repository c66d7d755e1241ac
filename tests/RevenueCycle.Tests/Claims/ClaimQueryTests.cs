using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Data;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;
using RevenueCycle.Tenancy;

namespace RevenueCycle.Claims;

/// <summary>The claims connection on every database we test: paging, cursors, tenant scope, neighbours.</summary>
public abstract class ClaimQueryTests(ApiHost host)
{
    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          claims(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id number status totalCharge balance patient { mrn } payer { name } lines { procedureCode } diagnoses { code } } }
          }
        }
        """;

    [Fact]
    public async Task Pages_walk_every_claim_of_the_tenant_once_in_order()
    {
        using var client = host.Biller();
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var claims = (await client.GraphQLAsync(Page, new { first = 25, after })).Data()["claims"]!;
            total = claims["totalCount"]!.GetValue<int>();
            seen.AddRange(claims["edges"]!.AsArray().Select(e => e!["node"]!["number"]!.GetValue<string>()));
            after = claims["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? claims["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        } while (after is not null);

        Assert.Equal(DemoSeeder.DemoClaims, total);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
        Assert.All(seen, n => Assert.StartsWith("DEMO", n));
    }

    [Fact]
    public async Task Backward_paging_returns_the_page_before_a_cursor()
    {
        using var client = host.Biller();
        var first = (await client.GraphQLAsync(Page, new { first = 10 })).Data()["claims"]!;
        var tenth = first["edges"]![9]!["cursor"]!.GetValue<string>();
        var before = (await client.GraphQLAsync(Page, new { last = 3, before = tenth })).Data()["claims"]!;

        var expected = first["edges"]!.AsArray().Skip(6).Take(3).Select(e => e!["node"]!["number"]!.GetValue<string>());
        Assert.Equal(expected, before["edges"]!.AsArray().Select(e => e!["node"]!["number"]!.GetValue<string>()));
        Assert.True(before["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.True(before["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_cursor_keeps_its_place_when_rows_are_inserted_before_it()
    {
        using var client = host.Biller();
        var first = (await client.GraphQLAsync(Page, new { first = 5 })).Data()["claims"]!;
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var next = (await client.GraphQLAsync(Page, new { first = 5, after = cursor })).Data()["claims"]!["edges"]!.ToJsonString();

        await InsertNewestClaimAsync();

        var again = (await client.GraphQLAsync(Page, new { first = 5, after = cursor })).Data()["claims"]!["edges"]!.ToJsonString();
        Assert.Equal(next, again);
    }

    [Fact]
    public async Task Another_tenant_sees_only_its_own_claims()
    {
        using var client = host.Biller(DemoSeeder.SecondTenant);
        var claims = (await client.GraphQLAsync(Page, new { first = 100 })).Data()["claims"]!;
        Assert.Equal(22, claims["totalCount"]!.GetValue<int>());
        Assert.All(claims["edges"]!.AsArray(), e => Assert.StartsWith("LAKESIDE", e!["node"]!["number"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_page_too_large_or_a_forged_cursor_is_a_clear_error()
    {
        using var client = host.Biller();
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], (await client.GraphQLAsync(Page, new { first = 101 })).ErrorCodes());
        Assert.Equal(["INVALID_CURSOR"], (await client.GraphQLAsync(Page, new { first = 5, after = "bm90IGEgY3Vyc29y" })).ErrorCodes());
        Assert.Equal(["INVALID_PAGING"], (await client.GraphQLAsync(Page, new { first = 5, last = 5 })).ErrorCodes());
    }

    [Fact]
    public async Task Node_finds_a_claim_by_global_id_only_inside_its_tenant()
    {
        using var demo = host.Biller();
        var id = (await demo.GraphQLAsync(Page, new { first = 1 })).Data()["claims"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();
        const string byId = "query($id: ID!) { node(id: $id) { id ... on Claim { number } } }";

        Assert.Equal(id, (await demo.GraphQLAsync(byId, new { id })).Data()["node"]!["id"]!.GetValue<string>());
        using var other = host.Biller(DemoSeeder.SecondTenant);
        Assert.Null((await other.GraphQLAsync(byId, new { id })).Data()["node"]);
    }

    [Fact]
    public async Task Roles_without_billing_access_cannot_read_claims()
    {
        using var frontDesk = host.As("desk", "demo", Identity.Roles.FrontDesk);
        var response = await frontDesk.GraphQLAsync("{ claims(first: 1) { totalCount } }");
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes());
    }

    private async Task InsertNewestClaimAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
        var tenant = db.Tenants.Single(t => t.Slug == DemoSeeder.DemoTenant);
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant.Id, "test");
        var template = db.Claims.OrderBy(c => c.Number).First();
        db.Claims.Add(new Claim
        {
            Number = "DEMO-INSERTED-" + Guid.NewGuid().ToString("N")[..6], EncounterId = template.EncounterId, PatientId = template.PatientId,
            CoverageId = template.CoverageId, PayerId = template.PayerId, ProviderId = template.ProviderId, FacilityId = template.FacilityId,
            ServiceDateFrom = new DateOnly(2026, 11, 1), ServiceDateTo = new DateOnly(2026, 11, 1), TotalCharge = 10m, Balance = 10m,
        });
        await db.SaveChangesAsync();
    }
}

public sealed class ClaimQueryTestsOnSqlite(SqliteApi api) : ClaimQueryTests(api.Host), IClassFixture<SqliteApi>;

public sealed class ClaimQueryTestsOnPostgres(PostgresApi api) : ClaimQueryTests(api.Host), IClassFixture<PostgresApi>;
