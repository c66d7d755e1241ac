using RevenueCycle.Infrastructure;

namespace RevenueCycle.Claims;

/// <summary>where/order on the claims connection, translated to SQL on every database.</summary>
public abstract class ClaimFilterTests(ApiHost host)
{
    private async Task<List<System.Text.Json.Nodes.JsonNode>> Claims(string arguments, string fields = "number status totalCharge serviceDateFrom")
    {
        using var client = host.Biller();
        var data = (await client.GraphQLAsync($"{{ claims(first: 100{arguments}) {{ totalCount nodes {{ {fields} }} }} }}")).Data();
        return data["claims"]!["nodes"]!.AsArray().Select(n => n!).ToList();
    }

    [Fact]
    public async Task Enum_and_comparison_operations_select_the_matching_claims()
    {
        var paid = await Claims(", where: { status: { eq: PAID } }");
        Assert.NotEmpty(paid);
        Assert.All(paid, c => Assert.Equal("PAID", c["status"]!.GetValue<string>()));

        var open = await Claims(", where: { status: { in: [DENIED, APPEALED] }, totalCharge: { gte: 200 } }");
        Assert.All(open, c =>
        {
            Assert.Contains(c["status"]!.GetValue<string>(), new[] { "DENIED", "APPEALED" });
            Assert.True(c["totalCharge"]!.GetValue<decimal>() >= 200m);
        });
    }

    [Fact]
    public async Task And_or_and_negations_combine()
    {
        var all = await Claims("");
        var either = await Claims(", where: { or: [{ status: { eq: DRAFT } }, { status: { eq: VOIDED } }] }");
        var neither = await Claims(", where: { and: [{ status: { neq: DRAFT } }, { status: { nin: [VOIDED] } }] }");
        Assert.Equal(all.Count, either.Count + neither.Count);
    }

    [Fact]
    public async Task Nested_objects_and_lists_filter_through_relationships()
    {
        var medicare = await Claims(", where: { payer: { name: { startsWith: \"Medicare\" } } }", "payer { name }");
        Assert.NotEmpty(medicare);
        Assert.All(medicare, c => Assert.StartsWith("Medicare", c["payer"]!["name"]!.GetValue<string>()));

        var ekg = await Claims(", where: { lines: { some: { procedureCode: { eq: \"93000\" } } } }", "lines { procedureCode }");
        Assert.NotEmpty(ekg);
        Assert.All(ekg, c => Assert.Contains(c["lines"]!.AsArray(), l => l!["procedureCode"]!.GetValue<string>() == "93000"));

        var noEkg = await Claims(", where: { lines: { none: { procedureCode: { eq: \"93000\" } } } }");
        Assert.Equal((await Claims("")).Count, ekg.Count + noEkg.Count);
    }

    [Fact]
    public async Task Order_sorts_in_SQL_and_pages_follow_it()
    {
        var byCharge = await Claims(", order: [{ totalCharge: DESC }, { number: ASC }]");
        var charges = byCharge.Select(c => c["totalCharge"]!.GetValue<decimal>()).ToList();
        Assert.Equal(charges.OrderByDescending(c => c), charges);

        using var client = host.Biller();
        const string page = "query($after: String) { claims(first: 7, after: $after, order: [{ totalCharge: ASC }]) { pageInfo { endCursor hasNextPage } nodes { number } } }";
        var seen = new List<string>();
        string? after = null;
        do
        {
            var claims = (await client.GraphQLAsync(page, new { after })).Data()["claims"]!;
            seen.AddRange(claims["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<string>()));
            after = claims["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? claims["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        } while (after is not null);
        Assert.Equal(byCharge.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task A_bad_filter_value_is_a_clear_error()
    {
        using var client = host.Biller();
        var response = await client.GraphQLAsync("{ claims(where: { status: { eq: NOT_A_STATUS } }) { totalCount } }");
        Assert.NotEmpty(response.ErrorCodes());
        Assert.Null(response["data"]);
    }
}

public sealed class ClaimFilterTestsOnSqlite(SqliteApi api) : ClaimFilterTests(api.Host), IClassFixture<SqliteApi>;

public sealed class ClaimFilterTestsOnPostgres(PostgresApi api) : ClaimFilterTests(api.Host), IClassFixture<PostgresApi>;
