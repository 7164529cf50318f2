using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Bff.Caching.Internal;

/// <summary>
/// The JSON contexts the BFFs registered with <c>AddJsonContext</c>, tried first, then reflection for FusionCache's
/// entry wrapper (<c>FusionCacheDistributedEntry&lt;T&gt;</c>) and anything not in a context.
/// </summary>
internal sealed class JsonContexts
{
    public List<JsonSerializerContext> Contexts { get; } = [];

    public JsonSerializerOptions CreateOptions() => new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine([.. Contexts, new DefaultJsonTypeInfoResolver()]),
        // Value tuples keep their items in fields (FusionCache's advisor warns otherwise: dotnet/runtime#70352).
        IncludeFields = true,
    };
}
