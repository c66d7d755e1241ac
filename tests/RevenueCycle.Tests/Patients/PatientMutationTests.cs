using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Patients;

/// <summary>Registration mutations and the guarantees every mutation shares: typed errors, idempotency, versions, audit.</summary>
public abstract class PatientMutationTests(ApiHost host)
{
    private const string Register = """
        mutation($input: RegisterPatientInput!) {
          registerPatient(input: $input) {
            patient { id mrn firstName lastName dateOfBirth sex version address { city state } }
            errors { __typename ... on Error { message } ... on ValidationError { field } ... on IdempotencyKeyReusedError { key } }
          }
        }
        """;

    private const string Update = """
        mutation($input: UpdatePatientInput!) {
          updatePatient(input: $input) {
            patient { id lastName version }
            errors { __typename ... on Error { message } ... on ConcurrencyConflictError { expectedVersion actualVersion } ... on NotFoundError { id } }
          }
        }
        """;

    private static object NewPatient(string mrn, string? key = null, string first = "Ada") => new
    {
        input = new
        {
            mrn, firstName = first, lastName = "Lovelace", dateOfBirth = "1985-12-10", sex = "FEMALE",
            address = new { line1 = "12 Elm St", city = "Springfield", state = "il", postalCode = "62701" },
            phone = "217-555-0100", idempotencyKey = key,
        },
    };

    private HttpClient FrontDesk() => host.As("dana", "demo", Roles.FrontDesk);

    [Fact]
    public async Task Registering_a_patient_stores_and_returns_it_and_audits_the_write()
    {
        var mrn = "T" + Guid.NewGuid().ToString("N")[..8];
        var payload = (await FrontDesk().GraphQLAsync(Register, NewPatient(mrn))).Data()["registerPatient"]!;

        Assert.Null(payload["errors"]);
        Assert.Equal(mrn, payload["patient"]!["mrn"]!.GetValue<string>());
        Assert.Equal("IL", payload["patient"]!["address"]!["state"]!.GetValue<string>());
        Assert.Equal(1, payload["patient"]!["version"]!.GetValue<long>());

        await using var db = host.TenantDb("demo");
        var patient = await db.Patients.SingleAsync(p => p.Mrn == mrn);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "registerPatient" && a.EntityId == patient.Id && a.Actor == "dana"));
    }

    [Fact]
    public async Task A_duplicate_mrn_is_a_validation_error_and_registers_nobody()
    {
        var mrn = "T" + Guid.NewGuid().ToString("N")[..8];
        await FrontDesk().GraphQLAsync(Register, NewPatient(mrn));
        var payload = (await FrontDesk().GraphQLAsync(Register, NewPatient(mrn, first: "Grace"))).Data()["registerPatient"]!;

        Assert.Null(payload["patient"]);
        var error = payload["errors"]![0]!;
        Assert.Equal("ValidationError", error["__typename"]!.GetValue<string>());
        Assert.Equal("mrn", error["field"]!.GetValue<string>());
        await using var db = host.TenantDb("demo");
        Assert.Equal(1, await db.Patients.CountAsync(p => p.Mrn == mrn));
    }

    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_first_patient_and_registers_once()
    {
        var mrn = "T" + Guid.NewGuid().ToString("N")[..8];
        var key = Guid.NewGuid().ToString();
        var first = (await FrontDesk().GraphQLAsync(Register, NewPatient(mrn, key))).Data()["registerPatient"]!;
        var retry = (await FrontDesk().GraphQLAsync(Register, NewPatient(mrn, key))).Data()["registerPatient"]!;

        Assert.Null(retry["errors"]);
        Assert.Equal(first["patient"]!["id"]!.GetValue<string>(), retry["patient"]!["id"]!.GetValue<string>());
        await using var db = host.TenantDb("demo");
        Assert.Equal(1, await db.Patients.CountAsync(p => p.Mrn == mrn));
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == "registerPatient" && a.EntityId == db.Patients.Single(p => p.Mrn == mrn).Id));
    }

    [Fact]
    public async Task The_same_key_with_another_input_is_refused()
    {
        var key = Guid.NewGuid().ToString();
        await FrontDesk().GraphQLAsync(Register, NewPatient("T" + Guid.NewGuid().ToString("N")[..8], key));
        var otherMrn = "T" + Guid.NewGuid().ToString("N")[..8];
        var payload = (await FrontDesk().GraphQLAsync(Register, NewPatient(otherMrn, key))).Data()["registerPatient"]!;

        Assert.Equal("IdempotencyKeyReusedError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
        await using var db = host.TenantDb("demo");
        Assert.False(await db.Patients.AnyAsync(p => p.Mrn == otherMrn));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_register_one_patient()
    {
        var mrn = "T" + Guid.NewGuid().ToString("N")[..8];
        var key = Guid.NewGuid().ToString();
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => FrontDesk().GraphQLAsync(Register, NewPatient(mrn, key))));

        var ids = results.Select(r => r.Data()["registerPatient"]!["patient"]?["id"]?.GetValue<string>()).Distinct().ToList();
        Assert.Single(ids);
        Assert.NotNull(ids[0]);
        await using var db = host.TenantDb("demo");
        Assert.Equal(1, await db.Patients.CountAsync(p => p.Mrn == mrn));
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_changes_nothing()
    {
        var mrn = "T" + Guid.NewGuid().ToString("N")[..8];
        var id = (await FrontDesk().GraphQLAsync(Register, NewPatient(mrn))).Data()["registerPatient"]!["patient"]!["id"]!.GetValue<string>();

        var winner = (await FrontDesk().GraphQLAsync(Update, new { input = new { patientId = id, version = 1, lastName = "Byron" } })).Data()["updatePatient"]!;
        var loser = (await FrontDesk().GraphQLAsync(Update, new { input = new { patientId = id, version = 1, lastName = "King" } })).Data()["updatePatient"]!;

        Assert.Equal(2, winner["patient"]!["version"]!.GetValue<long>());
        var error = loser["errors"]![0]!;
        Assert.Equal("ConcurrencyConflictError", error["__typename"]!.GetValue<string>());
        Assert.Equal(2, error["actualVersion"]!.GetValue<long>());
        await using var db = host.TenantDb("demo");
        Assert.Equal("Byron", (await db.Patients.SingleAsync(p => p.Mrn == mrn)).LastName);
    }

    [Fact]
    public async Task Another_tenants_patient_is_not_found()
    {
        var mrn = "T" + Guid.NewGuid().ToString("N")[..8];
        var id = (await FrontDesk().GraphQLAsync(Register, NewPatient(mrn))).Data()["registerPatient"]!["patient"]!["id"]!.GetValue<string>();

        var payload = (await host.As("lee", "lakeside", Roles.FrontDesk).GraphQLAsync(Update, new { input = new { patientId = id, lastName = "X" } })).Data()["updatePatient"]!;

        Assert.Equal("NotFoundError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
        await using var db = host.TenantDb("demo");
        Assert.Equal("Lovelace", (await db.Patients.SingleAsync(p => p.Mrn == mrn)).LastName);
    }

    [Fact]
    public async Task An_auditor_may_not_register_patients()
    {
        var response = await host.As("audrey", "demo", Roles.Auditor).GraphQLAsync(Register, NewPatient("T" + Guid.NewGuid().ToString("N")[..8]));
        Assert.Contains("AUTH_NOT_AUTHORIZED", response.ErrorCodes());
    }
}

public sealed class PatientMutationTestsOnSqlite(SqliteApi api) : PatientMutationTests(api.Host), IClassFixture<SqliteApi>;

public sealed class PatientMutationTestsOnPostgres(PostgresApi api) : PatientMutationTests(api.Host), IClassFixture<PostgresApi>;
