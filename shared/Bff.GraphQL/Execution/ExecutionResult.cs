using Bff.GraphQL.Execution.Caching;

namespace Bff.GraphQL.Execution;

/// <summary>
/// The outcome of executing a request: <see cref="Data"/> is null when execution could not start
/// (a request error) or when a non-null root field failed.
/// </summary>
public sealed class ExecutionResult
{
    public ExecutionResult(ResultMap? data, IReadOnlyList<GraphQLError> errors, bool hasData)
    {
        Data = data;
        Errors = errors;
        HasData = hasData;
    }

    public ResultMap? Data { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>False for request errors, where the response carries no <c>data</c> entry at all.</summary>
    public bool HasData { get; }

    public IDictionary<string, object?>? Extensions { get; set; }

    /// <summary>
    /// The response's cache policy from the <c>@cacheControl</c> hints of the fields it touched; not cacheable for
    /// request errors, field errors, stale values and schemas without hints.
    /// </summary>
    public CachePolicy CachePolicy { get; init; } = CachePolicy.NotCacheable;

    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors) => new(null, errors, hasData: false);

    public static ExecutionResult RequestError(GraphQLError error) => new(null, [error], hasData: false);
}
