using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Transport;

/// <summary>Our own transport rules beyond the audit: status codes, limits, error codes, no leaked internals.</summary>
public sealed class GraphQLHttpTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    private static HttpRequestMessage Post(string body, string accept = "application/graphql-response+json", string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    [Fact]
    public async Task A_query_over_GET_is_answered_with_the_negotiated_media_type()
    {
        using var client = api.Host.Biller();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ me { actor } }"));
        request.Headers.Add("Accept", "application/json");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("biller", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["me"]!["actor"]!.GetValue<string>());
    }

    // Written whole: the length is known before the body goes out, also past the serializer's 16 KB flush size.
    [Fact]
    public async Task A_large_result_is_sent_with_its_length()
    {
        using var client = api.Host.Biller();
        var response = await client.SendAsync(Post("""{"query":"{ __schema { types { name description fields { name description } } } }"}"""));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.Length > 64 * 1024, $"the introspection answer is {body.Length} bytes");
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.NotNull(JsonNode.Parse(body)!["data"]!["__schema"]);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_with_405()
    {
        using var client = api.Host.Biller();
        var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Batches_are_refused_unless_enabled()
    {
        using var client = api.Host.Biller();
        var response = await client.SendAsync(Post("""[{"query":"{ __typename }"},{"query":"{ __typename }"}]"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("INVALID_REQUEST", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/plain", HttpStatusCode.NotAcceptable)]
    [InlineData("application/json;charset=utf-16", HttpStatusCode.NotAcceptable)]
    public async Task Unacceptable_media_types_get_406(string accept, HttpStatusCode expected)
    {
        using var client = api.Host.Biller();
        var response = await client.SendAsync(Post("""{"query":"{ __typename }"}""", accept));
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415_or_400_and_a_code()
    {
        using var client = api.Host.Biller();
        var wrongType = await client.SendAsync(Post("""{"query":"{ __typename }"}""", contentType: "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);

        var broken = await client.SendAsync(Post("""{"query": """));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("INVALID_REQUEST", JsonNode.Parse(await broken.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Validation_errors_are_400_for_the_new_media_type_and_200_for_legacy_json()
    {
        using var client = api.Host.Biller();
        var modern = await client.SendAsync(Post("""{"query":"{ noSuchField }"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, modern.StatusCode);
        var body = JsonNode.Parse(await modern.Content.ReadAsStringAsync())!.AsObject();
        Assert.False(body.ContainsKey("data"));
        Assert.Contains(body.ErrorCodes(), c => c.Length > 0);

        var legacy = await client.SendAsync(Post("""{"query":"{ noSuchField }"}""", "application/json"));
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_with_413()
    {
        using var client = api.Host.Biller();
        var huge = "{\"query\":\"{ __typename }\",\"extensions\":{\"pad\":\"" + new string('x', 300_000) + "\"}}";
        var response = await client.SendAsync(Post(huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Queries_deeper_than_the_limit_are_refused_before_execution()
    {
        using var client = api.Host.Biller();
        var deep = "{ claims(first: 1) { nodes { patient { claims { patient { claims { patient { claims { patient { claims { patient { claims { number } } } } } } } } } } } } }";
        var response = await client.GraphQLAsync(deep);
        Assert.Null(response["data"]);
        Assert.NotEmpty(response.ErrorCodes());
    }

    [Fact]
    public async Task Anonymous_callers_reach_nothing_but_introspection()
    {
        using var client = api.Host.Anonymous();
        var response = await client.GraphQLAsync("{ claims(first: 1) { totalCount } }");
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes());
        Assert.Null(response["data"]);

        var typename = await client.GraphQLAsync("{ __typename }");
        Assert.Equal("Query", typename.Data()["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Errors_never_carry_stack_traces_outside_development()
    {
        using var client = api.Host.Biller();
        var response = await client.GraphQLAsync("{ claims(first: 1000) { totalCount } }");
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], response.ErrorCodes());
        Assert.DoesNotContain("   at ", response.ToJsonString());
        Assert.Null(response["errors"]![0]!["extensions"]!["details"]);
    }
}
