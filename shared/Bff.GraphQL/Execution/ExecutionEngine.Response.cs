using Bff.GraphQL.Execution.Caching;

namespace Bff.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    /// <summary>The key of <c>extensions</c> under which values served stale are listed.</summary>
    public const string StaleExtensionKey = "stale";

    // Made by the first resolver that adds to the response: most requests never do.
    private Lock? responseLock;
    private Dictionary<string, object?>? responseExtensions;
    private List<object?>? staleValues;
    private int policyMaxAge = int.MaxValue;
    private bool policyPrivate;
    private bool policyRuledOut;

    /// <summary>True when the schema uses <c>@cacheControl</c>: only then is a policy computed at all.</summary>
    public bool TracksCacheHints { get; init; }

    /// <summary>
    /// Restricts the response's policy by a field that resolved (on the loop, so no lock): its <c>maxAge</c>, if it
    /// has one, lowers the policy's; a private field makes it private.
    /// </summary>
    private void Contribute(PlannedField field, ResultNode container, FieldTask? task)
    {
        if (!TracksCacheHints)
        {
            return;
        }

        var hint = field.CacheHint;
        if (task is { RuntimeHint: not 0 and var packed })
        {
            hint = RuntimeCacheHint.Apply(hint, packed);
        }

        var maxAge = hint.EffectiveMaxAge(isRoot: container.Parent is null);
        if (maxAge >= 0 && maxAge < policyMaxAge)
        {
            policyMaxAge = maxAge;
        }

        policyPrivate |= hint.Scope == CacheControlScope.Private;
    }

    /// <summary>The policy of the finished response: none with errors, a stale value, or no field hinted.</summary>
    public CachePolicy ComputeCachePolicy()
    {
        if (!TracksCacheHints || errors.Count > 0 || Volatile.Read(ref policyRuledOut) || policyMaxAge is int.MaxValue or 0)
        {
            return Caching.CachePolicy.NotCacheable;
        }

        return new CachePolicy(policyMaxAge, policyPrivate ? CacheControlScope.Private : CacheControlScope.Public);
    }

    /// <summary>Adds (or replaces) a top-level <c>extensions</c> entry; resolvers call it from any thread.</summary>
    public void AddResponseExtension(string key, object? value)
    {
        lock (LazyInitializer.EnsureInitialized(ref responseLock))
        {
            (responseExtensions ??= new(StringComparer.Ordinal))[key] = value;
        }
    }

    /// <summary>Lists a value served stale under <c>extensions.stale</c>; the response is then not cacheable.</summary>
    public void ReportStale(IReadOnlyList<object> path, TimeSpan age)
    {
        var entry = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["path"] = path,
            ["ageSeconds"] = (long)Math.Max(0, Math.Floor(age.TotalSeconds)),
        };
        lock (LazyInitializer.EnsureInitialized(ref responseLock))
        {
            (staleValues ??= []).Add(entry);
            policyRuledOut = true;
        }
    }

    /// <summary>The response's <c>extensions</c>, or null when no resolver added any.</summary>
    public Dictionary<string, object?>? ResponseExtensions()
    {
        if (Volatile.Read(ref responseLock) is not { } gate)
        {
            return null;
        }

        lock (gate)
        {
            if (staleValues is not null)
            {
                (responseExtensions ??= new(StringComparer.Ordinal))[StaleExtensionKey] = staleValues;
            }

            return responseExtensions;
        }
    }
}
