using System.Text.Json;
using System.Text.Json.Serialization;
using Refit;

namespace Bff.Backends.Http;

/// <summary>The <see cref="RefitSettings"/> of one backend client: its JSON contract, comma lists and safe errors.</summary>
internal static class BackendRefitSettings
{
    public static RefitSettings Create(string backend, JsonSerializerContext json)
    {
        // The context's own options (web defaults) with it as the only resolver: Refit then takes its source-generated
        // metadata path and never falls back to reflection. A null where the contract has none is a contract break.
        var options = new JsonSerializerOptions(json.Options) { TypeInfoResolver = json, RespectNullableAnnotations = true };
        var errors = new BackendErrors(backend);
        return new RefitSettings(new SystemTextJsonContentSerializer(options), new BackendUrlParameterFormatter())
        {
            // Every batch endpoint of the demo backends takes one comma list: ?productIds=1,2,3 (explode: false).
            CollectionFormat = CollectionFormat.Csv,
            ExceptionFactory = errors.FromResponseAsync,
            DeserializationExceptionFactory = errors.FromBrokenContractAsync,
            // Transport failures (refused connections, the resilience pipeline's timeouts and open circuits) keep their
            // own types, which the resilience and GraphQL layers classify; Refit would wrap them in ApiRequestException.
            TransportExceptionFactory = static (_, exception, _) => exception,
            // A buffered body can be sent again, which the resilience pipeline's retries and hedges need.
            Buffered = true,
        };
    }
}
