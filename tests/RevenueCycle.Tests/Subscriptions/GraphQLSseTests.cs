using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Subscriptions;

/// <summary>GraphQL over SSE (graphql-sse, distinct connections mode): the npm reference client and raw HTTP.</summary>
public sealed class GraphQLSseTests(SubscriptionApi api) : IClassFixture<SubscriptionApi>
{
    private const string Biller = "bob; tenant=demo; roles=BILLER";

    [Fact]
    public async Task The_graphql_sse_client_speaks_the_protocol_with_our_server()
    {
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await api.Host.Services.ChangeClaimStatusAsync();
                await Task.Delay(250, stop.Token).ContinueWith(_ => { });
            }
        });
        string output;
        try
        {
            output = await ProcessRunner.RunAsync("node",
                [Path.Combine(RepoPaths.Conformance, "graphql-sse-client.mjs"), api.Host.GraphQLUrl + "/stream", Biller],
                workingDirectory: RepoPaths.Conformance, timeout: TimeSpan.FromMinutes(1));
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }

        var steps = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("step").GetString()!, e => e.GetProperty("results"));
        Assert.Equal("bob", steps["query"].EnumerateArray().Single().GetProperty("data").GetProperty("me").GetProperty("actor").GetString());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", steps["invalid"].EnumerateArray().Single().GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var changed = steps["subscription"][0].GetProperty("data").GetProperty("claimStatusChanged");
        Assert.Equal(WorkflowWrites.Actor, changed.GetProperty("actor").GetString());
        // The claim is loaded when the event is delivered; the writer may have moved it on since, so only its identity is stable.
        Assert.StartsWith("DEMO", changed.GetProperty("claim").GetProperty("number").GetString());
        Assert.Equal("AUTH_NOT_AUTHORIZED", steps["forbidden"].EnumerateArray().Single().GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.String, steps["negotiated"][0].GetProperty("data").GetProperty("claimStatusChanged").GetProperty("status").ValueKind);
    }

    [Fact]
    public async Task A_query_is_one_next_event_then_complete()
    {
        using var client = api.Host.As("bob", "demo", "BILLER");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream") { Content = JsonContent.Create(new { query = "{ me { actor } }" }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("event: next\ndata: {\"data\":{\"me\":{\"actor\":\"bob\"}}}\n\nevent: complete\ndata: \n\n", body);
    }

    [Fact]
    public async Task Each_delivered_event_audits_the_phi_it_carries()
    {
        var actor = $"sse-{Guid.NewGuid():N}";
        using var client = api.Host.As(actor, "demo", "BILLER");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream")
        {
            Content = JsonContent.Create(new { query = "subscription Watch { claimStatusChanged { claim { patient { id lastName } } } }" }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await api.Host.Services.ChangeClaimStatusAsync();
                await Task.Delay(250, stop.Token).ContinueWith(_ => { });
            }
        });
        string? data = null;
        try
        {
            while (data is null && await reader.ReadLineAsync(stop.Token) is { } line)
                if (line.StartsWith("data: {", StringComparison.Ordinal)) data = line["data: ".Length..];
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }
        var patientId = JsonDocument.Parse(data!).RootElement.GetProperty("data").GetProperty("claimStatusChanged")
            .GetProperty("claim").GetProperty("patient").GetProperty("id").GetString();

        using var auditor = api.Host.As("auditor", "demo", "AUDITOR");
        var rows = (await auditor.GraphQLAsync("query($a: String) { auditEvents(first: 100, where: { actor: { eq: $a } }) { nodes { entityType entityId isPhiRead details } } }", new { a = actor }))
            .Data()["auditEvents"]!["nodes"]!.AsArray();
        Assert.Contains(rows, r => r!["entityId"]!.GetValue<string>() == patientId && r["isPhiRead"]!.GetValue<bool>() && r["details"]!.GetValue<string>() == "Watch");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_before_any_stream()
    {
        using var client = api.Host.As("bob", "demo", "BILLER");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream") { Content = new StringContent("{", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
