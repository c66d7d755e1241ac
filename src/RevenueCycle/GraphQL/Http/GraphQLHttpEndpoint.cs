using System.Text.Json;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RevenueCycle.GraphQL.Http;

/// <summary>
/// <c>GET</c> and <c>POST /graphql</c> per the GraphQL-over-HTTP specification: request parsing, Accept
/// negotiation, status codes. Execution itself is <see cref="GraphQLExecutor"/>, shared with the
/// WebSocket and SSE transports.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync).DisableAntiforgery();

    private static async Task HandleAsync(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var isGet = HttpMethods.IsGet(http.Request.Method);

        if (isGet && options.EnableIde && GraphiQLPage.IsWanted(http.Request))
        {
            await GraphiQLPage.WriteAsync(http);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept.ToArray()!);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(http, serializer, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable,
                "None of the Accept media types can be produced: use application/graphql-response+json or application/json.");
            return;
        }

        try
        {
            if (isGet)
            {
                var request = GraphQLHttpRequest.FromQueryString(http.Request.Query, serializer);
                if (SelectsNonQueryOperation(request))
                {
                    http.Response.Headers.Allow = "POST";
                    throw new GraphQLRequestException("Only queries can be sent with GET; send mutations with POST.", StatusCodes.Status405MethodNotAllowed);
                }
                await ExecuteAndWriteAsync(http, serializer, request, mediaType);
                return;
            }

            var body = await ReadBodyAsync(http, options);
            if (body.RootElement.ValueKind == JsonValueKind.Array)
            {
                await ExecuteBatchAsync(http, serializer, options, body.RootElement, mediaType);
                return;
            }
            await ExecuteAndWriteAsync(http, serializer, GraphQLHttpRequest.FromJson(body.RootElement, serializer), mediaType);
        }
        catch (GraphQLRequestException e)
        {
            await WriteRequestErrorAsync(http, serializer, mediaType, e.StatusCode, e.Message);
        }
    }

    private static async Task<JsonDocument> ReadBodyAsync(HttpContext http, GraphQLHttpOptions options)
    {
        if (!IsJsonContentType(http.Request.ContentType))
            throw new GraphQLRequestException("POST requests must have Content-Type application/json.", StatusCodes.Status415UnsupportedMediaType);
        if (http.Request.ContentLength > options.MaxRequestBytes)
            throw new GraphQLRequestException($"The request body exceeds {options.MaxRequestBytes} bytes.", StatusCodes.Status413PayloadTooLarge);

        using var limited = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await http.Request.Body.ReadAsync(buffer, http.RequestAborted)) > 0)
            {
                if (limited.Length + read > options.MaxRequestBytes)
                    throw new GraphQLRequestException($"The request body exceeds {options.MaxRequestBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
                limited.Write(buffer, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            // The client sent less than its Content-Length (it stopped mid-request) or too slowly: its mistake, answered
            // with Kestrel's status and reason, not an unhandled exception with a stack trace in the error log.
            throw new GraphQLRequestException(e.Message, e.StatusCode);
        }
        try
        {
            return JsonDocument.Parse(limited.ToArray());
        }
        catch (JsonException)
        {
            throw new GraphQLRequestException("The request body is not valid JSON.");
        }
    }

    private static bool IsJsonContentType(string? contentType)
    {
        if (contentType is null || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)) return false;
        var charset = parsed.Charset.Value;
        return parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && (charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }

    // GET must never run a mutation (it could be triggered by a link or a prefetch), so we look before executing.
    private static bool SelectsNonQueryOperation(GraphQLHttpRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Query)) return false;
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(request.Query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false; // reported as a syntax error by the executor
        }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = request.OperationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
        return selected is not null && selected.Operation != OperationType.Query;
    }

    private static async Task ExecuteAndWriteAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQLHttpRequest request, string mediaType)
    {
        if (string.IsNullOrWhiteSpace(request.Query) && string.IsNullOrWhiteSpace(request.DocumentId))
            throw new GraphQLRequestException("The request has no 'query' (or 'documentId') parameter.");
        var executor = http.RequestServices.GetRequiredService<GraphQLExecutor>();
        var result = await executor.ExecuteAsync(request, http.User, http.RequestServices, http.RequestAborted);
        // A request that was never executed (syntax or validation errors) is a client error with the new media
        // type; legacy application/json clients expect 200 with the errors in the body.
        var status = !result.Executed && mediaType == GraphQLMediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        await WriteAsync(http, serializer, mediaType, status, result);
    }

    private static async Task ExecuteBatchAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQLHttpOptions options, JsonElement batch, string mediaType)
    {
        if (!options.AllowBatching)
            throw new GraphQLRequestException("Batched requests are not enabled on this server.");
        if (batch.GetArrayLength() == 0 || batch.GetArrayLength() > options.MaxBatchSize)
            throw new GraphQLRequestException($"A batch must hold between 1 and {options.MaxBatchSize} requests.");

        var requests = batch.EnumerateArray().Select(e => GraphQLHttpRequest.FromJson(e, serializer)).ToList();
        if (requests.Any(r => string.IsNullOrWhiteSpace(r.Query) && string.IsNullOrWhiteSpace(r.DocumentId)))
            throw new GraphQLRequestException("Every request of the batch needs a 'query' (or 'documentId') parameter.");
        var executor = http.RequestServices.GetRequiredService<GraphQLExecutor>();
        var results = new List<ExecutionResult>(requests.Count);
        foreach (var request in requests)
            results.Add(await executor.ExecuteAsync(request, http.User, http.RequestServices, http.RequestAborted));
        await WriteAsync(http, serializer, mediaType, StatusCodes.Status200OK, results);
    }

    private static Task WriteRequestErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string message)
    {
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = status switch
        {
            StatusCodes.Status405MethodNotAllowed => "METHOD_NOT_ALLOWED",
            StatusCodes.Status406NotAcceptable => "NOT_ACCEPTABLE",
            StatusCodes.Status413PayloadTooLarge => "REQUEST_TOO_LARGE",
            StatusCodes.Status415UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
            _ => "INVALID_REQUEST",
        } });
        return WriteAsync(http, serializer, mediaType, status, result);
    }

    // The result is in memory already; written whole, with its length, it goes out in one send instead of a chunk per
    // 16 KB the serializer flushes (a claim page with its lines is about 28 KB), and clients and proxies see the size.
    // Pages come from the shared array pool; past the threshold (a result no complexity limit lets through) it spills to a file.
    private const int InMemoryResponseBytes = 16 * 1024 * 1024;

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, object result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await using var body = new FileBufferingWriteStream(InMemoryResponseBytes);
        await serializer.WriteAsync(body, result, http.RequestAborted);
        http.Response.ContentLength = body.Length;
        await body.DrainBufferAsync(http.Response.BodyWriter, http.RequestAborted);
    }
}
