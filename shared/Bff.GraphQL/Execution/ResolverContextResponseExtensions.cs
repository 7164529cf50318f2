using Bff.GraphQL.Execution.Caching;

namespace Bff.GraphQL.Execution;

/// <summary>
/// What a resolver adds to the response beyond its value: a cache hint (Apollo's <c>info.cacheControl.setCacheHint</c>),
/// top-level <c>extensions</c> entries, and values served stale. Safe to call from resolvers running concurrently.
/// </summary>
public static class ResolverContextResponseExtensions
{
    /// <summary>
    /// Sets this field's cache hint, written over its <c>@cacheControl</c> argument by argument (a null one keeps the
    /// schema's). The response's policy takes the shortest <c>maxAge</c> of all fields; any private field makes it private.
    /// </summary>
    public static void SetCacheHint(this IResolverContext context, int? maxAge = null, CacheControlScope? scope = null)
    {
        var task = TaskOf(context);
        if (maxAge is { } seconds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(seconds, nameof(maxAge));
            task.RuntimeHint = RuntimeCacheHint.WithMaxAge(task.RuntimeHint, seconds);
        }

        if (scope is { } given)
        {
            task.RuntimeHint = RuntimeCacheHint.WithScope(task.RuntimeHint, given);
        }
    }

    /// <summary>Adds (or replaces) an entry of the response's top-level <c>extensions</c>, written after <c>data</c>.</summary>
    public static void AddResponseExtension(this IResolverContext context, string key, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key == ExecutionEngine.StaleExtensionKey)
        {
            throw new ArgumentException($"\"{key}\" is written by {nameof(ReportStale)}.", nameof(key));
        }

        TaskOf(context).Engine.AddResponseExtension(key, value);
    }

    /// <summary>
    /// Reports that this field's value is a stale copy (its backend failed): it is listed in
    /// <c>extensions.stale</c> as <c>{ path, ageSeconds }</c>, and the response is not cacheable (<c>no-store</c>),
    /// so no cache keeps the stale value longer than this one answer.
    /// </summary>
    public static void ReportStale(this IResolverContext context, TimeSpan age)
    {
        var task = TaskOf(context);
        task.Engine.ReportStale(task.Path, age);
    }

    /// <summary>The field the executor runs; a delegated field's work belongs to the field that delegated it.</summary>
    internal static FieldTask TaskOf(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context as FieldTask
            ?? (context as DelegatedFieldContext)?.Task
            ?? throw new NotSupportedException("Only a resolver the executor calls (or one it delegates to) can add to the response.");
    }
}
