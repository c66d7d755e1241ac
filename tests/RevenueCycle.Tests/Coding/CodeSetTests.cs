using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Data;
using RevenueCycle.GraphQL;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Coding;

/// <summary>Import, look-up and search of code sets on every database, over the cut files of <see cref="CodeSetFixture"/>.</summary>
public abstract class CodeSetTests(CodeSetFixture fixture)
{
    private static readonly DateOnly Fy2024Day = new(2024, 5, 1);
    private static readonly DateOnly Fy2025Day = new(2024, 12, 1);

    private Task<List<Code>> CodesAsync(CodeSystem system) =>
        fixture.WithScopeAsync(s => s.GetRequiredService<RevenueCycleDb>().Codes.AsNoTracking().Where(c => c.System == system).ToListAsync());

    [Fact]
    public async Task The_addenda_add_retire_and_re_describe_codes_without_losing_history()
    {
        // A code that gets children is deleted as a billable code and added back as a header: that is a change.
        var adds = Codes(Icd10CmChangeAction.Add);
        var deletes = Codes(Icd10CmChangeAction.Delete);
        var revises = Codes(Icd10CmChangeAction.ReviseTo).Count + adds.Intersect(deletes).Count();
        Assert.Equal((adds.Except(deletes).Count(), revises, deletes.Except(adds).Count()),
            (fixture.Addenda.Added, fixture.Addenda.Changed, fixture.Addenda.Retired));

        var codes = await CodesAsync(CodeSystem.Icd10Cm);
        // What is current now is exactly the FY2025 order file (cut).
        var current = codes.Where(c => c.EffectiveTo is null).Select(c => (c.Value, c.Description, c.ShortDescription, c.Billable)).Order().ToList();
        var fy2025 = fixture.Files.Fy2025Codes.Select(c => (c.Code, c.LongDescription, c.ShortDescription, c.Billable)).Order().ToList();
        Assert.Equal(fy2025, current);

        // A deleted code keeps its FY2024 row, now ending the day before FY2025; nothing was deleted.
        var deleted = RetiredCode();
        var retired = Assert.Single(codes, c => c.Value == deleted);
        Assert.Equal((new DateOnly(2023, 10, 1), (DateOnly?)new DateOnly(2024, 9, 30), "FY2024"), (retired.EffectiveFrom, retired.EffectiveTo, retired.Release));

        // A revised code has both wordings, each with its dates.
        var revised = fixture.Files.Addenda.First(a => a.Action == Icd10CmChangeAction.ReviseTo);
        var versions = codes.Where(c => c.Value == revised.Code).OrderBy(c => c.EffectiveFrom).ToList();
        Assert.Equal(2, versions.Count);
        Assert.Equal(new DateOnly(2024, 9, 30), versions[0].EffectiveTo);
        Assert.Equal((revised.LongDescription, new DateOnly(2024, 10, 1), (DateOnly?)null, "FY2025"),
            (versions[1].Description, versions[1].EffectiveFrom, versions[1].EffectiveTo, versions[1].Release));
        Assert.Equal(codes.Count, fixture.Fy2024.Added + fixture.Addenda.Added + fixture.Addenda.Changed);
    }

    private HashSet<string> Codes(Icd10CmChangeAction action) =>
        fixture.Files.Addenda.Where(a => a.Action == action).Select(a => a.Code).ToHashSet();

    /// <summary>A billable code the FY2025 addenda delete for good (not re-added as a header).</summary>
    private string RetiredCode() =>
        fixture.Files.Addenda.First(a => a.Action == Icd10CmChangeAction.Delete && a.Billable && !Codes(Icd10CmChangeAction.Add).Contains(a.Code)).Code;

    [Fact]
    public void Importing_the_same_release_again_changes_nothing()
    {
        Assert.True(fixture.AddendaAgain.AlreadyImported);
        Assert.Equal(0, fixture.AddendaAgain.Added + fixture.AddendaAgain.Changed + fixture.AddendaAgain.Retired);
        // The FY2025 order file after its addenda: other bytes, same codes, so every code is unchanged.
        Assert.False(fixture.Fy2025Order.AlreadyImported);
        Assert.Equal((0, 0, 0, fixture.Files.Fy2025Codes.Count),
            (fixture.Fy2025Order.Added, fixture.Fy2025Order.Changed, fixture.Fy2025Order.Retired, fixture.Fy2025Order.Unchanged));
    }

    [Fact]
    public async Task Hcpcs_keeps_continuation_lines_windows_1252_text_modifiers_and_terminated_codes()
    {
        var codes = await CodesAsync(CodeSystem.HcpcsLevel2);
        Assert.Equal(6_710 + 1, codes.Count);
        Assert.Equal(6_105 + 1, codes.Count(c => c.EffectiveTo is null));
        var crutches = Assert.Single(codes, c => c.Value == "E0114");
        Assert.Equal("Crutches underarm, other than wood, adjustable or fixed, pair, with pads, tips and handgrips", crutches.Description);
        Assert.Equal("Patient\u2019s caf\u00e9 supply", Assert.Single(codes, c => c.Value == "Z9999").Description);
        Assert.Equal(369, (await CodesAsync(CodeSystem.HcpcsModifier)).Count);

        var gd = Assert.Single(await CodesAsync(CodeSystem.HcpcsModifier), c => c.Value == "GD");
        Assert.Equal(new DateOnly(2019, 12, 31), gd.EffectiveTo);
    }

    [Theory]
    [InlineData(CodeSystem.Icd10Cm, "E11.9", "2024-12-01", CodeValidityStatus.Valid)]
    [InlineData(CodeSystem.Icd10Cm, "e119", "2024-05-01", CodeValidityStatus.Valid)]
    [InlineData(CodeSystem.Icd10Cm, "E11", "2024-12-01", CodeValidityStatus.NotBillable)]
    [InlineData(CodeSystem.Icd10Cm, "E11.9", "2023-09-30", CodeValidityStatus.NotYetEffective)]
    [InlineData(CodeSystem.Icd10Cm, "X99.99", "2024-12-01", CodeValidityStatus.UnknownCode)]
    [InlineData(CodeSystem.HcpcsLevel2, "J3490", "2021-06-01", CodeValidityStatus.Valid)]
    [InlineData(CodeSystem.HcpcsModifier, "GD", "2020-06-01", CodeValidityStatus.Expired)]
    [InlineData(CodeSystem.Cpt, "99214", "2025-03-01", CodeValidityStatus.Valid)]
    [InlineData(CodeSystem.Carc, "45", "2025-03-01", CodeValidityStatus.Valid)]
    [InlineData(CodeSystem.Carc, "42", "2025-03-01", CodeValidityStatus.Expired)]
    public async Task A_code_is_valid_only_when_effective_on_the_date_of_service_and_billable(CodeSystem system, string code, string date, CodeValidityStatus expected)
    {
        var status = await fixture.WithScopeAsync(s => s.GetRequiredService<CodeLookup>().CheckAsync(system, code, DateOnly.Parse(date)));
        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Codes_the_addenda_add_or_delete_are_valid_only_in_their_own_year()
    {
        var added = fixture.Files.Addenda.First(a => a.Action == Icd10CmChangeAction.Add && a.Billable).Code;
        var deleted = RetiredCode();
        var results = await fixture.WithScopeAsync(s => s.GetRequiredService<CodeLookup>().CheckAsync(
        [
            new CodeCheck(CodeSystem.Icd10Cm, added, Fy2024Day), new CodeCheck(CodeSystem.Icd10Cm, added, Fy2025Day),
            new CodeCheck(CodeSystem.Icd10Cm, deleted, Fy2024Day), new CodeCheck(CodeSystem.Icd10Cm, deleted, Fy2025Day),
        ]));
        Assert.Equal([CodeValidityStatus.NotYetEffective, CodeValidityStatus.Valid, CodeValidityStatus.Valid, CodeValidityStatus.Expired],
            results.Select(r => r.Status));
    }

    private async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        using var client = fixture.Host.As("coder", "demo", Roles.Coder);
        return (await client.GraphQLAsync(query, variables)).Data();
    }

    private async Task<List<string>> SearchAsync(string search, int first = 10, string extra = "")
    {
        var data = await QueryAsync($"query($s: String) {{ codes(search: $s, system: ICD10CM, first: {first}{extra}) {{ nodes {{ display }} }} }}", new { s = search });
        return data["codes"]!["nodes"]!.AsArray().Select(n => n!["display"]!.GetValue<string>()).ToList();
    }

    [Theory]
    [InlineData("E11.9")]
    [InlineData("E119")]
    [InlineData("e11.9")]
    public async Task The_exact_code_comes_first_with_or_without_the_dot(string search) =>
        Assert.Equal("E11.9", (await SearchAsync(search))[0]);

    [Fact]
    public async Task A_code_prefix_finds_the_category_then_its_codes_billable_and_shorter_first()
    {
        var found = await SearchAsync("E11", 20);
        Assert.Equal("E11", found[0]);
        Assert.All(found, d => Assert.StartsWith("E11", d, StringComparison.Ordinal));
        // E11.8 and E11.9 are the only billable four-character codes; E11.9 has the shorter description.
        Assert.Equal(["E11.9", "E11.8"], found[1..3]);
    }

    [Theory]
    [InlineData("type 2 diabetes", "E11.9")]
    [InlineData("diabetes without complications", "E11.9")]
    [InlineData("Type 2 diabetes mellitus without complications", "E11.9")]
    [InlineData("essential hypertension", "I10")]
    [InlineData("acute upper respiratory infection", "J06.9")]
    public async Task Description_words_find_codes_in_any_order_billable_and_general_first(string search, string expected)
    {
        var found = await SearchAsync(search);
        Assert.Contains(expected, found.Take(3));
    }

    [Fact]
    public async Task Billable_only_and_effective_date_narrow_the_search()
    {
        var withHeaders = await SearchAsync("E11.6", 50);
        var billable = await SearchAsync("E11.6", 50, ", billableOnly: true");
        Assert.Contains("E11.6", withHeaders);
        Assert.DoesNotContain("E11.6", billable);

        var deleted = Icd10CmCode.ToDisplay(RetiredCode());
        Assert.Contains(deleted, await SearchAsync(deleted, 50, ", effectiveOn: \"2024-05-01\""));
        Assert.DoesNotContain(deleted, await SearchAsync(deleted, 50, ", effectiveOn: \"2024-12-01\""));
    }

    [Fact]
    public async Task The_codes_connection_pages_through_every_match_once()
    {
        const string page = "query($after: String) { codes(search: \"diabetes\", system: ICD10CM, first: 40, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { value effectiveFrom } } }";
        var seen = new List<string>();
        string? after = null;
        var total = 0;
        do
        {
            var codes = (await QueryAsync(page, new { after }))["codes"]!;
            total = codes["totalCount"]!.GetValue<int>();
            seen.AddRange(codes["nodes"]!.AsArray().Select(n => n!["value"]!.GetValue<string>() + "@" + n["effectiveFrom"]!.GetValue<string>()));
            after = codes["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? codes["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        } while (after is not null);
        Assert.True(total > 100);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task The_code_field_judges_a_code_for_a_date_of_service()
    {
        var data = await QueryAsync("{ header: code(system: ICD10CM, value: \"E11\", on: \"2024-12-01\") { status valid code { display billable } } "
            + "dx: code(system: ICD10CM, value: \"E11.9\", on: \"2024-12-01\") { status valid code { display description release } } }");
        Assert.Equal("NOT_BILLABLE", data["header"]!["status"]!.GetValue<string>());
        Assert.False(data["header"]!["code"]!["billable"]!.GetValue<bool>());
        Assert.True(data["dx"]!["valid"]!.GetValue<bool>());
        Assert.Equal("Type 2 diabetes mellitus without complications", data["dx"]!["code"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Remittance_codes_come_with_their_wording_retired_ones_as_expired()
    {
        var data = await QueryAsync("{ remittanceCodes(system: CARC, values: [\"45\", \"42\", \"nope\"], on: \"2025-03-01\") { status code { value description } } "
            + "groups: remittanceCodes(system: ADJUSTMENT_GROUP, values: [\"CO\", \"PR\"]) { status code { description } } }");
        var carcs = data["remittanceCodes"]!.AsArray();
        Assert.Equal(["VALID", "EXPIRED", "UNKNOWN_CODE"], carcs.Select(c => c!["status"]!.GetValue<string>()));
        Assert.StartsWith("Charge exceeds fee schedule", carcs[0]!["code"]!["description"]!.GetValue<string>());
        Assert.Equal("Contractual Obligations", data["groups"]![0]!["code"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Code_look_up_needs_a_signed_in_tenant_user()
    {
        using var anonymous = fixture.Host.Anonymous();
        var response = await anonymous.GraphQLAsync("{ codes(search: \"E11\") { totalCount } }");
        Assert.Contains(AuthorizationRule.NotAuthenticated, response.ErrorCodes());
    }
}

public sealed class CodeSetTestsOnSqlite(SqliteCodeSets fixture) : CodeSetTests(fixture), IClassFixture<SqliteCodeSets>;

public sealed class CodeSetTestsOnPostgres(PostgresCodeSets fixture) : CodeSetTests(fixture), IClassFixture<PostgresCodeSets>;
