using System.Collections.Concurrent;

namespace Bff.Caching.Internal;

/// <summary>What a load produced, shared by every caller that joined it.</summary>
internal sealed record LoadOutcome(CacheEnvelope Envelope, CacheSource Source, bool IsStale, bool NeedsRefresh = false);

/// <summary>
/// Stampede protection: at most one load per key runs in this instance; everyone else awaits it.
/// The key is removed before the load's task completes, so a caller reacting to the result can
/// start the next load (a background refresh) without finding the finished one.
/// </summary>
internal sealed class InFlightLoads
{
    private readonly ConcurrentDictionary<string, Task<LoadOutcome>> _running = new(StringComparer.Ordinal);

    public int Count => _running.Count;

    public Task<LoadOutcome> GetOrStart(string key, Func<Task<LoadOutcome>> load, out bool started)
    {
        while (true)
        {
            if (_running.TryGetValue(key, out var running))
            {
                started = false;
                return running;
            }

            var completion = new TaskCompletionSource<LoadOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_running.TryAdd(key, completion.Task))
            {
                started = true;
                _ = RunAsync(key, load, completion);
                return completion.Task;
            }
        }
    }

    private async Task RunAsync(string key, Func<Task<LoadOutcome>> load, TaskCompletionSource<LoadOutcome> completion)
    {
        try
        {
            var outcome = await load();
            _running.TryRemove(new KeyValuePair<string, Task<LoadOutcome>>(key, completion.Task));
            completion.SetResult(outcome);
        }
#pragma warning disable CA1031 // The exception is handed to every waiter, not swallowed.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _running.TryRemove(new KeyValuePair<string, Task<LoadOutcome>>(key, completion.Task));
            completion.SetException(ex);
        }
    }
}
