namespace Bff.Caching;

/// <summary>Where a value returned by the cache came from.</summary>
public enum CacheSource
{
    /// <summary>The in-process memory cache of this instance.</summary>
    L1,

    /// <summary>The distributed cache shared by all instances.</summary>
    L2,

    /// <summary>The factory, that is the backend, was called for this value.</summary>
    Factory,
}

/// <summary>A cached value with what a caller needs to flag it, for example in GraphQL <c>extensions</c>.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="IsStale">True when the value is past its fresh time: served while refreshing or because the backend failed.</param>
/// <param name="Source">Where the value came from.</param>
/// <param name="Age">
/// For a stale value, how long ago the backend produced it (FusionCache's entry timestamp); null for a fresh value.
/// When the time of production cannot be known (a copy only this instance's memory holds, with Redis down or holding
/// a newer entry), it is the policy's <c>Fresh</c> time: a lower bound, since a value turns stale only after it.
/// </param>
public readonly record struct CacheResult<T>(T Value, bool IsStale, CacheSource Source, TimeSpan? Age = null);
