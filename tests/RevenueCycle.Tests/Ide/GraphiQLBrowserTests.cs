using System.Text.Json;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Ide;

/// <summary>The GraphiQL page, in headless Chromium: it loads from our own server only, runs a query and shows the result.</summary>
public sealed class GraphiQLBrowserTests(KestrelApi api) : IClassFixture<KestrelApi>
{
    [Fact]
    public async Task The_IDE_runs_a_query_and_shows_the_result_without_leaving_the_server()
    {
        var output = await ProcessRunner.RunAsync("node",
            [Path.Combine(RepoPaths.Conformance, "graphiql-browser.mjs"), api.Host.GraphQLUrl, "{ __typename }"],
            workingDirectory: RepoPaths.Conformance, timeout: TimeSpan.FromMinutes(2));
        var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;

        Assert.Equal("RevenueCycle GraphQL", result.GetProperty("title").GetString());
        Assert.Contains("\"__typename\": \"Query\"", result.GetProperty("result").GetString());
        Assert.Equal(0, result.GetProperty("external").GetArrayLength());
    }

    [Fact]
    public async Task The_page_is_served_only_to_browsers_asking_for_html()
    {
        using var client = api.Host.Anonymous();
        using var html = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        html.Headers.Add("Accept", "text/html,application/xhtml+xml");
        var page = await client.SendAsync(html);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/graphiql/graphiql.min.js", await page.Content.ReadAsStringAsync());

        var script = await client.GetAsync("/graphiql/graphiql.min.js");
        Assert.True(script.IsSuccessStatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }
}
