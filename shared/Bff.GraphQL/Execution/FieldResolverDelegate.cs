namespace Bff.GraphQL.Execution;

/// <summary>
/// Resolves one field. Returned as a <see cref="ValueTask{TResult}"/> so that synchronous resolvers
/// (property reads, in-memory lookups) complete without allocating a task.
/// </summary>
public delegate ValueTask<object?> FieldResolverDelegate(IResolverContext context);
