using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Data;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;
using RevenueCycle.Patients;
using RevenueCycle.Seeding;
using RevenueCycle.Tenancy;

namespace RevenueCycle.GraphQL;

/// <summary>
/// Relay connections beyond claims (ClaimQueryTests covers those): every root connection enforces the page size
/// and refuses forged cursors, and on patients (ordered by a non-unique name) backward paging and inserted rows
/// behave as on claims.
/// </summary>
public abstract class RelayPagingTests(ApiHost host)
{
    public static TheoryData<string> RootConnections() =>
    [
        "providers", "facilities", "payers", "patients", "coverages", "claims", "encounters", "denials", "remittances",
        "claimPayments", "payments", "feeSchedules", "auditEvents", "claimsNeedingAction",
    ];

    private const string PatientPage = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          patients(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { mrn lastName firstName } }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(RootConnections))]
    public async Task Every_connection_limits_the_page_size_and_refuses_forged_cursors(string field)
    {
        using var client = host.As("admin", DemoSeeder.DemoTenant, Roles.All);
        async Task<string[]> Codes(string arguments) =>
            (await client.GraphQLAsync($"{{ {field}({arguments}) {{ totalCount }} }}")).ErrorCodes();

        Assert.Empty(await Codes("first: 100"));
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], await Codes("first: 101"));
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], await Codes("last: 101"));
        Assert.Equal(["INVALID_CURSOR"], await Codes("first: 5, after: \"bm90IGEgY3Vyc29y\""));
        Assert.Equal(["INVALID_CURSOR"], await Codes("last: 5, before: \"%%%\""));
    }

    [Fact]
    public async Task Walking_backwards_with_last_and_before_meets_every_patient_in_the_same_order()
    {
        using var client = host.Biller();
        var forward = new List<string>();
        string? after = null;
        var total = 0;
        do
        {
            var page = (await client.GraphQLAsync(PatientPage, new { first = 7, after })).Data()["patients"]!;
            total = page["totalCount"]!.GetValue<int>();
            forward.AddRange(Mrns(page));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        } while (after is not null);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = (await client.GraphQLAsync(PatientPage, new { last = 7, before })).Data()["patients"]!;
            backward.InsertRange(0, Mrns(page));
            before = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
        } while (before is not null);

        Assert.True(total > 20, "enough patients for several pages");
        Assert.Equal(total, forward.Count);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task A_patient_cursor_keeps_its_place_when_a_patient_is_inserted_before_it()
    {
        using var client = host.Biller();
        var first = (await client.GraphQLAsync(PatientPage, new { first = 5 })).Data()["patients"]!;
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var next = Mrns((await client.GraphQLAsync(PatientPage, new { first = 5, after = cursor })).Data()["patients"]!);
        var previous = Mrns((await client.GraphQLAsync(PatientPage, new { last = 3, before = cursor })).Data()["patients"]!);

        await InsertPatientSortingFirstAsync();

        Assert.Equal(next, Mrns((await client.GraphQLAsync(PatientPage, new { first = 5, after = cursor })).Data()["patients"]!));
        Assert.Equal(previous, Mrns((await client.GraphQLAsync(PatientPage, new { last = 3, before = cursor })).Data()["patients"]!));
    }

    private static List<string> Mrns(JsonNode page) =>
        page["edges"]!.AsArray().Select(e => e!["node"]!["mrn"]!.GetValue<string>()).ToList();

    private async Task InsertPatientSortingFirstAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RevenueCycleDb>();
        var tenant = await db.Tenants.Where(t => t.Slug == DemoSeeder.DemoTenant).Select(t => t.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenant, "test");
        db.Patients.Add(new Patient
        {
            Mrn = "MRN-INSERTED-" + Guid.NewGuid().ToString("N")[..6], FirstName = "Aaron", LastName = "Aaberg",
            DateOfBirth = new DateOnly(1980, 1, 1), Sex = Sex.Male,
        });
        await db.SaveChangesAsync();
    }
}

public sealed class RelayPagingTestsOnSqlite(SqliteApi api) : RelayPagingTests(api.Host), IClassFixture<SqliteApi>;

public sealed class RelayPagingTestsOnPostgres(PostgresApi api) : RelayPagingTests(api.Host), IClassFixture<PostgresApi>;
