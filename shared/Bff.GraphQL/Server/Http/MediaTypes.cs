using Microsoft.Net.Http.Headers;

namespace Bff.GraphQL.Server.Http;

/// <summary>Content negotiation as the GraphQL-over-HTTP draft describes it.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type for an <c>Accept</c> header: the client's most preferred of the two supported types,
    /// <c>application/graphql-response+json</c> on a tie; <c>application/json</c> when the header is missing (legacy
    /// clients) or accepts anything; null when nothing acceptable is offered (406).
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
        {
            return Json;
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var range in accept)
        {
            var quality = range.Quality ?? 1.0;
            var candidate = Match(range);
            if (candidate is null || quality <= 0)
            {
                continue;
            }

            if (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse && best != GraphQLResponse))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    private static string? Match(MediaTypeHeaderValue range)
    {
        var mediaType = range.MediaType.Value;
        if (string.Equals(mediaType, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLResponse;
        }

        return string.Equals(mediaType, Json, StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, "application/*", StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, "*/*", StringComparison.OrdinalIgnoreCase)
            ? Json
            : null;
    }

    /// <summary>True for <c>application/json</c> in UTF-8 (stated or, as the draft says to assume, unstated).</summary>
    public static bool IsJsonRequest(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }

        var charset = parsed.Charset.Value;
        return string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
            && (charset is null || string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase));
    }
}
