using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bff.GraphQL.Ide.Internal;

/// <summary>
/// The IDE's <c>bcp-config.json</c>, which it fetches next to its page before it starts. Its names are the ones the IDE
/// reads (see the package's express middleware, whose options are this file's content).
/// </summary>
internal sealed record BananaCakePopConfig(
    bool UseBrowserUrlAsEndpoint,
    string? Endpoint,
    string? Title,
    [property: JsonPropertyName("graphQLDocument")] string? Document,
    bool IncludeCookies,
    IReadOnlyDictionary<string, string>? HttpHeaders,
    bool DisableTelemetry)
{
    public static IdeFile Create(BananaCakePopOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new BananaCakePopConfig(
            UseBrowserUrlAsEndpoint: options.Endpoint is null,
            Endpoint: options.Endpoint?.ToString(),
            Title: options.Title,
            Document: options.Document,
            IncludeCookies: options.IncludeCookies,
            HttpHeaders: options.HttpHeaders.Count == 0 ? null : new Dictionary<string, string>(options.HttpHeaders),
            // Not an option: the IDE must not report to anyone from a service's network.
            DisableTelemetry: true);
        var json = JsonSerializer.SerializeToUtf8Bytes(config, BananaCakePopConfigJsonContext.Default.BananaCakePopConfig);
        return new IdeFile(json, "application/json; charset=utf-8", immutable: false);
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BananaCakePopConfig))]
internal sealed partial class BananaCakePopConfigJsonContext : JsonSerializerContext;
