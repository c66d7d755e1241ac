using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.GraphQL;

/// <summary>
/// Batched loads read only the columns their selected fields read (GraphQL/Loading/Projection.cs), and whole rows when a
/// selected field could read anything. Either way the answer is the stored data: these compare it with the database.
/// </summary>
public abstract class LoadProjectionTests(ApiHost host)
{
    private const string Page = """
        query {
          claims(first: 30) {
            nodes {
              number
              payer { name ediPayerId }
              patient { mrn firstName lastName dateOfBirth }
              lines { lineNumber procedureCode modifiers units charge diagnosisPointers }
            }
          }
        }
        """;

    private async Task<(JsonArray Nodes, IReadOnlyList<string> Sql)> Run(string query)
    {
        using var client = host.Biller();
        await client.GraphQLAsync("{ me { actor } }"); // warm: the sign-in look-up is not part of the page
        var before = host.SqlCommands.Count;
        var response = await client.GraphQLAsync(query);
        var sql = host.SqlCommands.Recent.TakeLast(host.SqlCommands.Count - before).Select(c => c.Text).ToList();
        return (response.Data()["claims"]!["nodes"]!.AsArray(), sql);
    }

    private static string LoadOf(IReadOnlyList<string> sql, string table) => Assert.Single(sql, s => s.Contains($"FROM \"{table}\"", StringComparison.Ordinal));

    [Fact]
    public async Task Selected_columns_only_are_read_and_the_answer_is_the_stored_data()
    {
        var (nodes, sql) = await Run(Page);

        var patients = LoadOf(sql, "Patients");
        Assert.Contains("\"Mrn\"", patients);
        Assert.DoesNotContain("\"Email\"", patients); // PHI nobody asked for stays in the database
        Assert.DoesNotContain("\"Phone\"", patients);
        Assert.DoesNotContain("\"TimelyFilingDays\"", LoadOf(sql, "Payers"));
        Assert.DoesNotContain("\"RevenueCode\"", LoadOf(sql, "ClaimLines"));
        await AssertStored(nodes);
    }

    [Fact]
    public async Task A_field_with_its_own_resolver_loads_whole_rows_and_answers_the_same()
    {
        var (nodes, sql) = await Run(Page.Replace("patient { mrn", "patient { address { line1 city } mrn"));

        Assert.Contains("\"Email\"", LoadOf(sql, "Patients"));
        Assert.DoesNotContain("\"TimelyFilingDays\"", LoadOf(sql, "Payers")); // the payers stay projected
        await AssertStored(nodes);
        await using var db = host.TenantDb();
        foreach (var node in nodes)
        {
            var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == (string)node!["patient"]!["mrn"]!);
            Assert.Equal(patient.Address.City, (string?)node!["patient"]!["address"]!["city"]);
        }
    }

    [Fact]
    public async Task The_same_rows_under_two_selections_load_once_per_selection_and_each_answer_is_whole()
    {
        const string twoShapes = """
            query {
              claims(first: 30) {
                nodes {
                  number
                  patient { mrn firstName lastName dateOfBirth }
                  encounter { patient { mrn phone } }
                }
              }
            }
            """;
        var (nodes, sql) = await Run(twoShapes);

        Assert.Equal(2, sql.Count(s => s.Contains("FROM \"Patients\"", StringComparison.Ordinal)));
        await using var db = host.TenantDb();
        foreach (var node in nodes)
        {
            var claim = await db.Claims.AsNoTracking().SingleAsync(c => c.Number == (string)node!["number"]!);
            var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == claim.PatientId);
            Assert.Equal(patient.Mrn, (string?)node!["patient"]!["mrn"]);
            Assert.Equal(patient.Mrn, (string?)node["encounter"]!["patient"]!["mrn"]);
            Assert.Equal(patient.Phone, (string?)node["encounter"]!["patient"]!["phone"]);
        }
    }

    [Fact]
    public async Task Children_come_in_their_order_when_the_sort_member_is_not_selected()
    {
        // Children are sorted after loading (GraphQL/Loading/Load.cs), by their order member and then by key. Line numbers
        // that run against the keys' order show whether the sort read the line number even though nobody selected it.
        var (page, _) = await Run("query { claims(first: 30) { nodes { number lines { procedureCode } } } }");
        var number = (string)page.First(n => n!["lines"]!.AsArray().Select(l => (string)l!["procedureCode"]!).Distinct().Count() >= 2)!["number"]!;
        List<string> expected;
        await using (var db = host.TenantDb())
        {
            var lines = (await db.ClaimLines.Where(l => db.Claims.Any(c => c.Id == l.ClaimId && c.Number == number)).ToListAsync())
                .OrderBy(l => l.Id).ToList();
            for (var i = 0; i < lines.Count; i++) lines[i].LineNumber = lines.Count - i;
            await db.SaveChangesAsync();
            expected = [.. lines.OrderBy(l => l.LineNumber).Select(l => l.ProcedureCode)];
        }

        var (after, _) = await Run("query { claims(first: 30) { nodes { number lines { procedureCode } } } }");
        Assert.Equal(expected, after.Single(n => (string)n!["number"]! == number)!["lines"]!.AsArray().Select(l => (string)l!["procedureCode"]!));
    }

    [Fact]
    public async Task Under_an_interface_the_whole_row_is_loaded()
    {
        await using (var db = host.TenantDb())
        {
            var patient = await db.Patients.AsNoTracking().OrderBy(p => p.Mrn).FirstAsync();
            using var client = host.Biller();
            var id = GlobalId.Encode("Patient", patient.Id);
            var node = (await client.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Patient { mrn firstName email } } }", new { id })).Data()["node"]!;
            Assert.Equal(patient.Mrn, (string?)node["mrn"]);
            Assert.Equal(patient.FirstName, (string?)node["firstName"]);
            Assert.Equal(patient.Email, (string?)node["email"]);
        }
    }

    private async Task AssertStored(JsonArray nodes)
    {
        Assert.NotEmpty(nodes);
        await using var db = host.TenantDb();
        foreach (var node in nodes)
        {
            var claim = await db.Claims.AsNoTracking().SingleAsync(c => c.Number == (string)node!["number"]!);
            var payer = await db.Payers.AsNoTracking().SingleAsync(p => p.Id == claim.PayerId);
            var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == claim.PatientId);
            var lines = await db.ClaimLines.AsNoTracking().Where(l => l.ClaimId == claim.Id).OrderBy(l => l.LineNumber).ToListAsync();

            Assert.Equal(payer.Name, (string?)node!["payer"]!["name"]);
            Assert.Equal(payer.EdiPayerId, (string?)node["payer"]!["ediPayerId"]);
            Assert.Equal(patient.Mrn, (string?)node["patient"]!["mrn"]);
            Assert.Equal(patient.FirstName, (string?)node["patient"]!["firstName"]);
            Assert.Equal(patient.LastName, (string?)node["patient"]!["lastName"]);
            Assert.Equal(patient.DateOfBirth.ToString("yyyy-MM-dd"), (string?)node["patient"]!["dateOfBirth"]);
            var answered = node["lines"]!.AsArray();
            Assert.Equal(lines.Count, answered.Count);
            foreach (var (line, json) in lines.Zip(answered))
            {
                Assert.Equal(line.LineNumber, (int)json!["lineNumber"]!);
                Assert.Equal(line.ProcedureCode, (string?)json["procedureCode"]);
                Assert.Equal(line.Modifiers, json["modifiers"]!.AsArray().Select(m => (string)m!));
                Assert.Equal(line.DiagnosisPointers, json["diagnosisPointers"]!.AsArray().Select(p => (int)p!));
                Assert.Equal(line.Units, (decimal)json["units"]!);
                Assert.Equal(line.Charge, (decimal)json["charge"]!);
            }
        }
    }
}

public sealed class LoadProjectionTestsOnSqlite(SqliteApi api) : LoadProjectionTests(api.Host), IClassFixture<SqliteApi>;

public sealed class LoadProjectionTestsOnPostgres(PostgresApi api) : LoadProjectionTests(api.Host), IClassFixture<PostgresApi>;
