using System.ComponentModel.DataAnnotations;
using Bff.GraphQL.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bff.Domains.Common;

/// <summary>
/// The subscription transports' limits a BFF takes from configuration (<c>GraphQL:Subscriptions</c>), applied to
/// <see cref="GraphQLServerOptions.Subscriptions"/>; the defaults are the engine's (shared/Bff.GraphQL README).
/// </summary>
public sealed class SubscriptionLimits
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "GraphQL:Subscriptions";

    private static readonly SubscriptionOptions Engine = new();

    /// <summary>SSE and WebSocket connections of the process at once; beyond, a 503.</summary>
    [Range(1, 1_000_000)]
    public int MaxConnections { get; set; } = Engine.MaxConnections;

    /// <summary>Operations running on one WebSocket at once; beyond, an error (<c>TOO_MANY_OPERATIONS</c>) per extra one.</summary>
    [Range(1, 10_000)]
    public int MaxOperationsPerConnection { get; set; } = Engine.MaxOperationsPerConnection;

    /// <summary>Messages waiting to be written to one connection; beyond, the connection is closed (1008).</summary>
    [Range(1, 100_000)]
    public int MaxQueuedMessages { get; set; } = Engine.MaxQueuedMessages;

    /// <summary>Bytes waiting to be written to one connection; beyond, the connection is closed (1008).</summary>
    [Range(1024, 1L << 30)]
    public long MaxQueuedBytes { get; set; } = Engine.MaxQueuedBytes;

    /// <summary>The largest WebSocket message a client may send; beyond, the socket closes with 1009.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxMessageSize { get; set; } = Engine.MaxMessageSize;
}

/// <summary>Registration of <see cref="SubscriptionLimits"/>.</summary>
public static class SubscriptionLimitsExtensions
{
    /// <summary>Binds <c>GraphQL:Subscriptions</c> (validated at start-up) and applies it to the server options.</summary>
    public static GraphQLServerBuilder AddSubscriptionLimits(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SubscriptionLimits>().BindConfiguration(SubscriptionLimits.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<GraphQLServerOptions>().Configure<IOptions<SubscriptionLimits>>((server, limits) =>
        {
            var value = limits.Value;
            server.Subscriptions.MaxConnections = value.MaxConnections;
            server.Subscriptions.MaxOperationsPerConnection = value.MaxOperationsPerConnection;
            server.Subscriptions.MaxQueuedMessages = value.MaxQueuedMessages;
            server.Subscriptions.MaxQueuedBytes = value.MaxQueuedBytes;
            server.Subscriptions.MaxMessageSize = value.MaxMessageSize;
        });
        return builder;
    }
}
