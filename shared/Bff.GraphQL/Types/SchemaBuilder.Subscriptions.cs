using System.Runtime.CompilerServices;
using Bff.GraphQL.Execution;

namespace Bff.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>
    /// Sets the subscribe function of the subscription field <c>typeName.fieldName</c>: the source event stream. Unless a
    /// resolver is added for the field (before or after), each event is the field's value as it is (Hot Chocolate's
    /// <c>[EventMessage]</c>); a resolver sees the event as <see cref="IResolverContext.Parent"/>.
    /// </summary>
    public SchemaBuilder AddSubscription(string typeName, string fieldName, SubscribeResolverDelegate subscribe)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        ArgumentNullException.ThrowIfNull(subscribe);
        var coordinate = $"{typeName}.{fieldName}";
        config.Subscribers[coordinate] = subscribe;
        config.Resolvers.TryAdd(coordinate, EventAsValue);
        return this;
    }

    /// <summary>Sets a subscribe function that returns its stream at once.</summary>
    public SchemaBuilder AddSubscription<T>(string typeName, string fieldName, Func<IResolverContext, IAsyncEnumerable<T>> subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        SubscribeResolverDelegate wrapped = context => new ValueTask<IAsyncEnumerable<object?>>(AsObjects(subscribe(context)));
        return AddSubscription(typeName, fieldName, wrapped);
    }

    /// <summary>Sets a subscribe function that has to wait (for a broker to confirm the subscription, say) before its stream is ready.</summary>
    public SchemaBuilder AddSubscription<T>(
        string typeName, string fieldName, Func<IResolverContext, ValueTask<IAsyncEnumerable<T>>> subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        SubscribeResolverDelegate wrapped = async context => AsObjects(await subscribe(context));
        return AddSubscription(typeName, fieldName, wrapped);
    }

    private static readonly FieldResolverDelegate EventAsValue = context => new ValueTask<object?>(context.Parent);

    // Streams of reference types already are streams of objects (the interface is covariant); value types are boxed.
    private static IAsyncEnumerable<object?> AsObjects<T>(IAsyncEnumerable<T> source) =>
        source as IAsyncEnumerable<object?> ?? Boxed(source);

    private static async IAsyncEnumerable<object?> Boxed<T>(
        IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
