using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace RevenueCycle.GraphQL.Http;

/// <summary>One GraphQL request as read off the wire, or the reason it could not be read.</summary>
public sealed record GraphQLHttpRequest(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions, string? DocumentId)
{
    /// <summary>Reads a JSON request object, checking each parameter's JSON type as the spec demands.</summary>
    public static GraphQLHttpRequest FromJson(JsonElement body, IGraphQLSerializer serializer)
    {
        if (body.ValueKind != JsonValueKind.Object)
            throw new GraphQLRequestException("The request body must be a JSON object.");

        string? query = null, operationName = null, documentId = null;
        Inputs? variables = null, extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query": query = ReadString(property); break;
                case "operationName": operationName = ReadString(property); break;
                case "documentId": documentId = ReadString(property); break;
                case "variables": variables = ReadMap(property, serializer); break;
                case "extensions": extensions = ReadMap(property, serializer); break;
            }
        }
        return new GraphQLHttpRequest(query, operationName, variables, extensions, documentId);
    }

    /// <summary>Reads the query-string form of a GET request; variables and extensions are JSON-encoded.</summary>
    public static GraphQLHttpRequest FromQueryString(IQueryCollection query, IGraphQLSerializer serializer)
    {
        return new GraphQLHttpRequest(
            Single(query, "query"),
            Single(query, "operationName"),
            ParseMap(Single(query, "variables"), "variables", serializer),
            ParseMap(Single(query, "extensions"), "extensions", serializer),
            Single(query, "documentId"));
    }

    private static string? Single(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values)) return null;
        if (values.Count > 1) throw new GraphQLRequestException($"The '{name}' parameter was given more than once.");
        return values[0];
    }

    private static Inputs? ParseMap(string? json, string name, IGraphQLSerializer serializer)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadMap(name, document.RootElement, serializer);
        }
        catch (JsonException)
        {
            throw new GraphQLRequestException($"The '{name}' parameter is not valid JSON.");
        }
    }

    private static string? ReadString(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new GraphQLRequestException($"The '{property.Name}' parameter must be a string."),
    };

    private static Inputs? ReadMap(JsonProperty property, IGraphQLSerializer serializer) =>
        ReadMap(property.Name, property.Value, serializer);

    private static Inputs? ReadMap(string name, JsonElement value, IGraphQLSerializer serializer) => value.ValueKind switch
    {
        JsonValueKind.Object => serializer.ReadNode<Inputs>(value),
        JsonValueKind.Null => null,
        _ => throw new GraphQLRequestException($"The '{name}' parameter must be a JSON object."),
    };
}

/// <summary>A request that is not a well-formed GraphQL-over-HTTP request (answered 400 before any execution).</summary>
public sealed class GraphQLRequestException(string message, int statusCode = StatusCodes.Status400BadRequest) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
