namespace Bff.GraphQL.Execution.Caching;

/// <summary>Who may cache a response: any cache (<see cref="Public"/>) or only the user's own (<see cref="Private"/>).</summary>
public enum CacheControlScope
{
    /// <summary>Shared caches (CDNs, proxies) may keep the response.</summary>
    Public,

    /// <summary>The response is about one user: only that user's own cache (the browser) may keep it.</summary>
    Private,
}
