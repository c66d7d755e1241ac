using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Identity;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.GraphQL;

/// <summary>
/// A document parsed once is reused, but every request is still validated for its own caller and variables:
/// the cache must never let a refused caller through on a document an allowed one ran first.
/// </summary>
public sealed class ParsedDocumentCacheTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    private ParsedDocumentCache Cache => api.Host.Services.GetRequiredService<ParsedDocumentCache>();

    [Fact]
    public async Task A_document_is_kept_after_it_ran_and_reused_for_the_next_request()
    {
        var query = $"query CacheProbe{Guid.NewGuid():N} {{ claims(first: 2) {{ nodes {{ number }} }} }}";
        using var biller = api.Host.Biller();
        var before = Cache.Count;
        var first = await biller.GraphQLAsync(query);
        Assert.Equal(before + 1, Cache.Count);
        var second = await biller.GraphQLAsync(query);
        Assert.Equal(before + 1, Cache.Count);
        Assert.Equal(first.Data().ToJsonString(), second.Data().ToJsonString());
    }

    [Fact]
    public async Task A_cached_document_is_still_refused_to_a_role_that_may_not_read_it()
    {
        var query = $"query Refused{Guid.NewGuid():N} {{ auditEvents(first: 1) {{ nodes {{ action }} }} }}";
        using var auditor = api.Host.As("auditor", "demo", Roles.Auditor);
        using var biller = api.Host.Biller();
        (await auditor.GraphQLAsync(query)).Data();
        var refused = await biller.GraphQLAsync(query);
        Assert.Null(refused["data"]);
        Assert.NotEmpty(refused.ErrorCodes());
    }

    [Fact]
    public async Task Invalid_documents_are_not_kept()
    {
        using var biller = api.Host.Biller();
        var before = Cache.Count;
        var response = await biller.GraphQLAsync($"query Bad{Guid.NewGuid():N} {{ claims(first: 1) {{ nodes {{ noSuchField }} }} }}");
        Assert.NotEmpty(response.ErrorCodes());
        Assert.Equal(before, Cache.Count);
    }

    [Fact]
    public async Task Variables_are_checked_on_every_request_of_a_cached_document()
    {
        const string query = "query Page($first: Int!) { claims(first: $first) { nodes { number } } }";
        using var biller = api.Host.Biller();
        (await biller.GraphQLAsync(query, new { first = 1 })).Data();
        var wrongType = await biller.GraphQLAsync(query, new { first = "many" });
        Assert.Null(wrongType["data"]);
        Assert.NotEmpty(wrongType.ErrorCodes());
    }

    [Fact]
    public async Task The_complexity_limit_is_checked_on_every_request_of_a_cached_document()
    {
        // The page size comes from a variable, so the same cached text is cheap with one value and over the limit with another.
        const string query = """
            query Wide($first: Int!) { claims(first: $first) { nodes { number
              patient { claims { lines { charge modifiers diagnosisPointers } diagnoses { code } payments { paid } }
                        coverages { memberId payer { name } } encounters { diagnoses { code } } ledger { amount } } } } }
            """;
        using var biller = api.Host.Biller();
        var small = await biller.GraphQLAsync(query, new { first = 1 });
        Assert.Empty(small.ErrorCodes());
        Assert.Contains(query, Cache.Queries);
        var large = await biller.GraphQLAsync(query, new { first = 100 });
        Assert.Null(large["data"]);
        Assert.Contains("COMPLEXITY", large.ErrorCodes());
    }

    [Fact]
    public async Task A_cached_document_runs_only_the_rules_that_depend_on_the_request()
    {
        var query = $"query Rules{Guid.NewGuid():N} {{ claims(first: 1) {{ nodes {{ number }} }} }}";
        using var biller = api.Host.Biller();
        (await biller.GraphQLAsync(query)).Data();
        var seen = new List<string>();
        var options = new global::GraphQL.ExecutionOptions
        {
            Query = query,
            ValidationRules = global::GraphQL.Validation.DocumentValidator.CoreRules.Append(new AuthorizationRule()),
        };
        await Cache.ExecuteAsync(options, o =>
        {
            seen.AddRange(o.ValidationRules!.Select(r => r.GetType().Name));
            return Task.FromResult(new global::GraphQL.ExecutionResult());
        });
        Assert.Equal([nameof(AuthorizationRule)], seen);
    }
}
