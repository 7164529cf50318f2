namespace Bff.GraphQL.Execution.Incremental;

/// <summary>The payload formats of incremental delivery that clients read.</summary>
public enum IncrementalFormat
{
    /// <summary>
    /// The current draft's (graphql-js 17's <c>experimentalExecuteIncrementally</c>): <c>pending</c>, <c>incremental</c>
    /// entries by <c>id</c>, <c>completed</c>; fields already sent are not sent again.
    /// </summary>
    Current,

    /// <summary>
    /// Apollo's <c>deferSpec=20220824</c> (graphql-js 17's <c>legacyExecuteIncrementally</c>): <c>incremental</c>
    /// entries with <c>path</c> and <c>label</c>; each deferred fragment carries all its fields.
    /// </summary>
    Legacy20220824,
}
