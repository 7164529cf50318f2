using System.Net;
using System.Text.Json;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>What came back: status, media type and the body, parsed when it is JSON.</summary>
public sealed record GraphQLHttpResponse(HttpStatusCode Status, string? MediaType, string Body, HttpResponseMessage Message)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool HasData => Json.TryGetProperty("data", out _);

    public JsonElement Data => Json.GetProperty("data");

    /// <summary>The error messages, in order; empty when there is no <c>errors</c> entry.</summary>
    public IReadOnlyList<string> ErrorMessages => Json.TryGetProperty("errors", out var errors)
        ? [.. errors.EnumerateArray().Select(e => e.GetProperty("message").GetString()!)]
        : [];

    /// <summary>The <c>extensions.code</c> of the first error, or null.</summary>
    public string? FirstErrorCode => Json.TryGetProperty("errors", out var errors)
        && errors[0].TryGetProperty("extensions", out var extensions)
        && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;

    public override string ToString() => $"{(int)Status} {MediaType}: {(Body.Length > 600 ? Body[..600] + "…" : Body)}";
}
