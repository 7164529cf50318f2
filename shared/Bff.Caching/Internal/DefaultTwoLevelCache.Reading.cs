using System.Buffers;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;

namespace Bff.Caching.Internal;

internal sealed partial class DefaultTwoLevelCache
{
    private async ValueTask<CacheResult<T>> GetCoreAsync<TState, T>(
        string key,
        TState state,
        Func<TState, CancellationToken, ValueTask<T>> factory,
        CacheEntryPolicy policy,
        IEnumerable<string>? tags,
        CancellationToken cancellationToken)
    {
        policy.Validate();
        var serializer = _serializers.Get<T>();
        CacheEnvelope? stale = null;
        if (policy.ReadsL1 && _l1.TryGet(key, out var local) && _tags.IsCurrent(local))
        {
            var now = _time.GetUtcNow();
            if (local.IsFresh(now) || (local.IsServable(now) && policy.RefreshInBackground))
            {
                var isStale = !local.IsFresh(now);
                if (isStale)
                {
                    StartRefresh(key, state, factory, policy, tags, local, CacheSource.L1);
                }

                _metrics.Served(CacheSource.L1, isStale);
                return new CacheResult<T>(Deserialize(serializer, local), isStale, CacheSource.L1);
            }

            stale = local.IsServable(now) ? local : null;
        }

        var load = _loads.GetOrStart(
            key, () => LoadAsync(key, state, factory, policy, Normalize(tags), stale, CacheSource.L1), out var started);
        var outcome = await load.WaitAsync(cancellationToken);
        if (started && outcome.NeedsRefresh)
        {
            StartRefresh(key, state, factory, policy, tags, outcome.Envelope, outcome.Source);
        }

        _metrics.Served(outcome.Source, outcome.IsStale);
        return new CacheResult<T>(Deserialize(serializer, outcome.Envelope), outcome.IsStale, outcome.Source);
    }

    /// <summary>The shared part of a miss: L2, then the backend. Runs once however many callers wait.</summary>
    private async Task<LoadOutcome> LoadAsync<TState, T>(
        string key,
        TState state,
        Func<TState, CancellationToken, ValueTask<T>> factory,
        CacheEntryPolicy policy,
        string[] tags,
        CacheEnvelope? stale,
        CacheSource staleSource)
    {
        if (policy.ReadsL2 && await ReadL2Async(key) is { } remote)
        {
            var now = _time.GetUtcNow();
            if (remote.IsFresh(now) || (remote.IsServable(now) && policy.RefreshInBackground))
            {
                if (policy.WritesL1)
                {
                    _l1.Set(key, remote);
                }

                var isStale = !remote.IsFresh(now);
                return new LoadOutcome(remote, CacheSource.L2, isStale, NeedsRefresh: isStale);
            }

            if (remote.IsServable(now) && (stale is null || remote.Created > stale.Created))
            {
                (stale, staleSource) = (remote, CacheSource.L2);
            }
        }

        return await CallFactoryAsync(key, state, factory, policy, tags, stale, staleSource);
    }

    private async Task<LoadOutcome> CallFactoryAsync<TState, T>(
        string key,
        TState state,
        Func<TState, CancellationToken, ValueTask<T>> factory,
        CacheEntryPolicy policy,
        string[] tags,
        CacheEnvelope? stale,
        CacheSource staleSource)
    {
        // Stamped before the call: an invalidation that lands while the backend answers wins.
        var created = _tags.CreationTime(tags);
        T value;
        try
        {
            value = await factory(state, _shutdown.Token);
        }
        catch (Exception ex) when (stale is not null && stale.IsServable(_time.GetUtcNow()) && !_shutdown.IsCancellationRequested)
        {
            LogServingStale(_logger, ex.GetType().Name, ex.Message);
            return new LoadOutcome(stale, staleSource, IsStale: true);
        }

        var envelope = Envelope(value, created, policy, tags);
        await WriteAsync(key, envelope, policy);
        return new LoadOutcome(envelope, CacheSource.Factory, IsStale: false);
    }

    private async Task<CacheEnvelope?> ReadL2Async(string key)
    {
        var (_, bytes) = await _l2.GetAsync(key);
        var envelope = bytes is null ? null : EnvelopeCodec.TryDecode(bytes);
        return envelope is not null && await _tags.IsCurrentAsync(envelope) ? envelope : null;
    }

    private static T Deserialize<T>(IHybridCacheSerializer<T> serializer, CacheEnvelope envelope) =>
        serializer.Deserialize(new ReadOnlySequence<byte>(envelope.Payload));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backend failed ({ErrorType}: {Error}); serving the stale entry")]
    private static partial void LogServingStale(ILogger logger, string errorType, string error);
}
