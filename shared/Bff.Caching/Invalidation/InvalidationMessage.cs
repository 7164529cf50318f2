using System.Text.Json.Serialization;

namespace Bff.Caching.Invalidation;

/// <summary>What one instance tells the others: drop a key, or a tag was invalidated at a time.</summary>
/// <param name="Origin">Id of the sending instance, which ignores its own messages.</param>
/// <param name="Kind">What <paramref name="Value"/> names.</param>
/// <param name="Value">The key or the tag.</param>
/// <param name="AtUtcTicks">When a tag was invalidated; zero for keys.</param>
internal sealed record InvalidationMessage(string Origin, InvalidationKind Kind, string Value, long AtUtcTicks);

internal enum InvalidationKind
{
    Key,
    Tag,
}

[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(InvalidationMessage))]
internal sealed partial class InvalidationJsonContext : JsonSerializerContext;
