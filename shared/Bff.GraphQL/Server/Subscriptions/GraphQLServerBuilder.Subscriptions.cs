using Bff.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.GraphQL.Server;

public sealed partial class GraphQLServerBuilder
{
    /// <summary>Sets a subscription field's source event stream: see <see cref="Types.SchemaBuilder.AddSubscription(string, string, SubscribeResolverDelegate)"/>.</summary>
    public GraphQLServerBuilder AddSubscription(string type, string field, SubscribeResolverDelegate subscribe) =>
        ConfigureSchema(b => b.AddSubscription(type, field, subscribe));

    /// <summary>Sets a subscription field's source event stream, returned at once.</summary>
    public GraphQLServerBuilder AddSubscription<T>(string type, string field, Func<IResolverContext, IAsyncEnumerable<T>> subscribe) =>
        ConfigureSchema(b => b.AddSubscription(type, field, subscribe));

    /// <summary>
    /// Checks each GraphQL WebSocket when its <c>connection_init</c> arrives (authentication at connect time): see
    /// <see cref="IWebSocketConnectHandler"/>. Handlers run in registration order; the first to refuse closes the socket.
    /// </summary>
    public GraphQLServerBuilder OnWebSocketConnect(Func<WebSocketConnectContext, ValueTask<bool>> onConnect)
    {
        ArgumentNullException.ThrowIfNull(onConnect);
        Services.AddSingleton<IWebSocketConnectHandler>(new DelegateWebSocketConnectHandler(onConnect));
        return this;
    }

    /// <summary>Adds a connect handler resolved from the services (see <see cref="OnWebSocketConnect"/>).</summary>
    public GraphQLServerBuilder AddWebSocketConnectHandler<THandler>()
        where THandler : class, IWebSocketConnectHandler
    {
        Services.AddSingleton<IWebSocketConnectHandler, THandler>();
        return this;
    }
}
