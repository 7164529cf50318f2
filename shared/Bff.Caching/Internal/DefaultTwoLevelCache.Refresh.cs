using Microsoft.Extensions.Logging;

namespace Bff.Caching.Internal;

internal sealed partial class DefaultTwoLevelCache
{
    private void StartRefresh<TState, T>(
        string key,
        TState state,
        Func<TState, CancellationToken, ValueTask<T>> factory,
        CacheEntryPolicy policy,
        IEnumerable<string>? tags,
        CacheEnvelope stale,
        CacheSource staleSource)
    {
        // A refresh looks at L2 first (another instance may have refreshed already) and never
        // serves: it keeps the stale entry when the backend fails.
        var refreshPolicy = policy with { RefreshInBackground = false };
        var refresh = _loads.GetOrStart(
            key, () => LoadAsync(key, state, factory, refreshPolicy, Normalize(tags), stale, staleSource), out var started);
        if (started)
        {
            _metrics.RefreshStarted();
            _ = refresh.ContinueWith(
                static (t, logger) => LogRefreshFailed((ILogger)logger!, t.Exception!.GetBaseException().Message),
                _logger,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background cache refresh failed: {Error}")]
    private static partial void LogRefreshFailed(ILogger logger, string error);
}
