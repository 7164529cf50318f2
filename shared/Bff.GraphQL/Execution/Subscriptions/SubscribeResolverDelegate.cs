namespace Bff.GraphQL.Execution;

/// <summary>
/// A subscription field's subscribe function (graphql-js's <c>subscribe</c>, Hot Chocolate's <c>[Subscribe]</c>): given
/// the field's arguments and the request, the source event stream. Each event it yields becomes the root value of one
/// execution of the subscription's selection set. Asynchronous, so a source can finish subscribing (to Redis, say)
/// before the first event could be missed. The stream is disposed, and <see cref="IResolverContext.RequestAborted"/>
/// cancelled, when the client goes.
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolverDelegate(IResolverContext context);
