using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Transport;

/// <summary>
/// A body Kestrel cannot read — broken chunked framing here; a body cut short of its Content-Length or arriving too
/// slowly fails the same way — is the client's mistake: a typed error with Kestrel's status, not an unhandled
/// exception (and its stack trace in the error log) from the exception handler. A client that stopped sending
/// mid-body (a load tool stopping, a phone losing its network) no longer fills the error log either.
/// </summary>
public sealed class MalformedBodyTests(KestrelApi api) : IClassFixture<KestrelApi>
{
    [Fact]
    public async Task A_body_with_broken_chunked_framing_gets_400_INVALID_REQUEST()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync("127.0.0.1", api.Host.Port);
        const string chunk = """{"query":"{ me { actor } }"}""";
        var request = "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
                      "Accept: application/graphql-response+json\r\nX-Dev-User: biller; tenant=demo; roles=BILLER\r\n" +
                      "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
                      $"{chunk.Length:x}\r\n{chunk}\r\nzz\r\n"; // "zz" is no chunk size
        await socket.SendAsync(Encoding.ASCII.GetBytes(request));

        var answer = new StringBuilder();
        var buffer = new byte[8192];
        int read;
        while ((read = await socket.ReceiveAsync(buffer)) > 0) answer.Append(Encoding.UTF8.GetString(buffer, 0, read));
        var text = answer.ToString();

        Assert.StartsWith("HTTP/1.1 400", text);
        var body = JsonNode.Parse(text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..])!;
        var error = body["errors"]![0]!;
        Assert.Equal("INVALID_REQUEST", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("chunk size", error["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(body["data"]);
    }
}
