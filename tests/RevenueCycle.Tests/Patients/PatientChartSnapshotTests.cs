using RevenueCycle.GraphQL.Relay;
using RevenueCycle.Infrastructure;
using RevenueCycle.Seeding;

namespace RevenueCycle.Patients;

/// <summary>schema/operations/patient-chart.graphql on the seed, the same on every database.</summary>
public abstract class PatientChartSnapshotTests(ApiHost host)
{
    // MRN000016: primary and secondary coverage, an appealed denial, a closed claim paid by the patient, an unbilled visit.
    public static readonly string PatientId = GlobalId.Encode("Patient", SeedIds.For($"{DemoSeeder.DemoTenant}:patient", 15));

    [Fact]
    public async Task Patient_chart()
    {
        using var client = host.Biller();
        var response = await client.GraphQLAsync(Operations.Load("patient-chart"), new { id = PatientId });
        ResponseSnapshot.Match(response.Data(), "Patients", "patient-chart");
    }
}

public sealed class PatientChartSnapshotTestsOnSqlite(SqliteApi api) : PatientChartSnapshotTests(api.Host), IClassFixture<SqliteApi>;

public sealed class PatientChartSnapshotTestsOnPostgres(PostgresApi api) : PatientChartSnapshotTests(api.Host), IClassFixture<PostgresApi>;
