namespace Bff.Caching.Internal;

/// <summary>One cached value as stored in both levels: payload bytes plus the times and tags that govern it.</summary>
internal sealed record CacheEnvelope(
    DateTimeOffset Created,
    DateTimeOffset FreshUntil,
    DateTimeOffset StaleUntil,
    string[] Tags,
    ReadOnlyMemory<byte> Payload)
{
    public bool IsFresh(DateTimeOffset now) => now < FreshUntil;

    public bool IsServable(DateTimeOffset now) => now < StaleUntil;
}
