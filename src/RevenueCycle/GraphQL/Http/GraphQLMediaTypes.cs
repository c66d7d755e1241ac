using Microsoft.Net.Http.Headers;

namespace RevenueCycle.GraphQL.Http;

/// <summary>Response media type negotiation of the GraphQL-over-HTTP specification.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response type for an Accept header, or null when none we can produce is acceptable (406).
    /// No Accept header means the legacy client behaviour: application/json (spec, "Legacy watershed").
    /// </summary>
    public static string? Negotiate(IList<string> acceptHeaders)
    {
        if (acceptHeaders.Count == 0) return Json;
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted) || accepted.Count == 0) return Json;

        string? best = null;
        double bestQuality = 0;
        foreach (var range in accepted.OrderByDescending(a => a.Quality ?? 1))
        {
            var quality = range.Quality ?? 1;
            if (quality <= 0) continue;
            var candidate = Match(range);
            if (candidate is null) continue;
            if (best is null || quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse && best != GraphQLResponse))
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static string? Match(MediaTypeHeaderValue range)
    {
        var charset = range.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) return null;
        var type = range.MediaType.Value?.ToLowerInvariant();
        return type switch
        {
            GraphQLResponse => GraphQLResponse,
            Json => Json,
            // A wildcard gets application/json: during the spec's legacy watershed, clients that send */* (fetch's
            // default) are usually legacy clients that only understand application/json.
            "*/*" or "application/*" => Json,
            _ => null,
        };
    }
}
