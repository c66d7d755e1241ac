using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Events;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Subscriptions;

/// <summary>A graphql-sse subscription over raw HTTP: open, wait until the server has registered it, read to the end.</summary>
public sealed class SseTestStream : IDisposable
{
    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private StreamReader? _reader;

    private SseTestStream(HttpClient http, HttpResponseMessage response)
    {
        _http = http;
        _response = response;
    }

    /// <summary>Subscribes with <paramref name="headers"/> (e.g. Authorization) and returns once the hub counts the subscriber.</summary>
    public static async Task<SseTestStream> SubscribeAsync(ApiHost host, string query, params (string Name, string Value)[] headers)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{host.Port}"), Timeout = TimeSpan.FromMinutes(1) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        var hub = host.Services.GetRequiredService<EventHub>();
        var before = hub.Count;
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await WsTestClient.WaitUntilAsync(() => hub.Count > before);
        return new SseTestStream(http, response);
    }

    /// <summary>The next event: its name and data (fails if none comes within the test timeout).</summary>
    public async Task<(string Event, string Data)> ReadEventAsync()
    {
        _reader ??= new StreamReader(await _response.Content.ReadAsStreamAsync());
        string? name = null, data = null;
        using var timeout = new CancellationTokenSource(WsTestClient.Timeout);
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0 && name is not null) return (name, data ?? "");
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line["data: ".Length..];
        }
        throw new InvalidOperationException("The stream ended.");
    }

    /// <summary>Everything the server sends until it ends the stream (fails if it does not within the test timeout).</summary>
    public Task<string> ReadToEndAsync() => _response.Content.ReadAsStringAsync().WaitAsync(WsTestClient.Timeout);

    public void Dispose()
    {
        _reader?.Dispose();
        _response.Dispose();
        _http.Dispose();
    }
}
