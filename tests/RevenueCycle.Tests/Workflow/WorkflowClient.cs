using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Coding;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Workflow;

/// <summary>Drives the workflow mutations as the roles that use them, and reads payloads the same way in every test.</summary>
public sealed class WorkflowClient(ApiHost host, string tenant = "demo")
{
    public HttpClient FrontDesk { get; } = host.As("dana", tenant, Roles.FrontDesk);
    public HttpClient Provider { get; } = host.As("dr.kim", tenant, Roles.Provider);
    public HttpClient Coder { get; } = host.As("cody", tenant, Roles.Coder);
    public HttpClient Biller { get; } = host.As("bill", tenant, Roles.Biller);

    /// <summary>Runs a mutation and returns its payload (asserting there was no request error).</summary>
    public static async Task<JsonNode> MutateAsync(HttpClient client, string field, string inputType, object input, string selection, string errorFields = "")
    {
        var query = $"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} errors {{ __typename ... on Error {{ message }} ... on ValidationError {{ field }} {errorFields} }} }} }}";
        return (await client.GraphQLAsync(query, new { input })).Data()[field]!;
    }

    public static string? ErrorType(JsonNode payload) => payload["errors"]?[0]?["__typename"]?.GetValue<string>();

    public static void AssertOk(JsonNode payload) => Assert.True(payload["errors"] is null, "Unexpected errors: " + payload["errors"]?.ToJsonString());

    /// <summary>The first seeded claim in <paramref name="status"/> that no other test of the class uses (by index).</summary>
    public async Task<JsonNode> SeededClaimAsync(string status, int index)
    {
        var data = (await Biller.GraphQLAsync($$"""{ claims(first: 10, where: { status: { eq: {{status}} }, frequency: { eq: ORIGINAL } }, order: [{ number: ASC }]) { nodes { id number version balance patient { id } } } }""")).Data();
        return data["claims"]!["nodes"]![index]!;
    }

    /// <summary>Code versions the scrubber checks; the demo seed uses these real codes (the full sets are imported separately).</summary>
    public static async Task EnsureCodesAsync(ApiHost host)
    {
        await using var db = host.TenantDb();
        (CodeSystem System, string Value)[] codes =
            [(CodeSystem.Icd10Cm, "E119"), (CodeSystem.Icd10Cm, "I10"), (CodeSystem.Icd10Cm, "J069"), (CodeSystem.Cpt, "99214"), (CodeSystem.Cpt, "93000"), (CodeSystem.Cpt, "99213")];
        foreach (var (system, value) in codes)
        {
            if (await db.Codes.AnyAsync(c => c.System == system && c.Value == value)) continue;
            db.Codes.Add(new Code { System = system, Value = value, Display = value, Description = value, Billable = true, EffectiveFrom = new DateOnly(2024, 10, 1), Release = "test" });
        }
        await db.SaveChangesAsync();
    }
}
