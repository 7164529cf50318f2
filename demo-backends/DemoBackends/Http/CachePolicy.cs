namespace DemoBackends.Http;

/// <summary>How long a read may be cached, and by whom.</summary>
internal sealed record CachePolicy(string CacheControl, bool IsPrivate)
{
    public static CachePolicy Public(int maxAgeSeconds) => new($"public, max-age={maxAgeSeconds}", IsPrivate: false);

    // User data may be kept by the caller (the BFF) but must be revalidated, so writes show up at once.
    public static CachePolicy PrivateRevalidate { get; } = new("private, max-age=0, must-revalidate", IsPrivate: true);

    public static CachePolicy Private(int maxAgeSeconds) => new($"private, max-age={maxAgeSeconds}", IsPrivate: true);
}
