using System.Security.Claims;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>
/// A GraphQL service with subscriptions on Kestrel at 127.0.0.1 on a free port: the <see cref="MessageFeed"/> is its
/// event source, a WebSocket's <c>connection_init</c> payload may carry <c>Authorization: Bearer &lt;name&gt;-token</c>
/// (anything else is refused), and <c>me</c> answers the signed-in name.
/// </summary>
internal sealed class SubscriptionHost : IAsyncDisposable
{
    public const string Sdl = """
        type Query { hello: String! me: String! }
        type Mutation { publish(room: String!, text: String!): Int! }
        type Subscription {
          messages(room: String!): Message!
          big(size: Int!): String!
          failing: String
        }
        type Message { room: String! text: String! broken: String }
        """;

    private readonly WebApplication app;

    private SubscriptionHost(WebApplication app)
    {
        this.app = app;
        BaseAddress = new Uri(app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    /// <summary><c>http://127.0.0.1:port/graphql</c>.</summary>
    public string HttpEndpoint => new Uri(BaseAddress, "/graphql").ToString();

    /// <summary><c>ws://127.0.0.1:port/graphql</c>.</summary>
    public Uri WebSocketEndpoint => new UriBuilder(new Uri(BaseAddress, "/graphql")) { Scheme = "ws" }.Uri;

    public HttpClient Client { get; }

    public MessageFeed Feed => app.Services.GetRequiredService<MessageFeed>();

    public GraphQLRequestExecutor Executor => app.Services.GetRequiredService<GraphQLRequestExecutor>();

    /// <summary>Starts the host; <paramref name="configure"/> adds to its GraphQL server (persisted operations, say).</summary>
    public static async Task<SubscriptionHost> StartAsync(
        Action<SubscriptionOptions>? limits = null, Action<GraphQLServerBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<MessageFeed>();
        builder.Services.AddHttpContextAccessor();
        var graphql = builder.Services.AddGraphQLServer()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "hello", _ => "world")
            .AddResolver("Query", "me", c =>
                c.Services.GetRequiredService<IHttpContextAccessor>().HttpContext?.User.Identity?.Name ?? "anonymous")
            .AddResolver("Mutation", "publish", c =>
                c.Services.GetRequiredService<MessageFeed>().Publish(c.ArgumentValue<string>("room")!, c.ArgumentValue<string>("text")!))
            .AddSubscription("Subscription", "messages", c =>
                c.Services.GetRequiredService<MessageFeed>().Subscribe(c.ArgumentValue<string>("room")!, c.RequestAborted))
            .AddSubscription("Subscription", "big", c =>
                c.Services.GetRequiredService<MessageFeed>().Subscribe("big", c.RequestAborted))
            .AddResolver("Subscription", "big", c => new string('x', c.ArgumentValue<int>("size")))
            .AddSubscription("Subscription", "failing", c => Refuse())
            .AddResolver("Message", "room", c => c.ParentAs<FeedMessage>().Room)
            .AddResolver("Message", "text", c => c.ParentAs<FeedMessage>().Text)
            .AddResolver("Message", "broken", c => c.ParentAs<FeedMessage>().Text == "boom"
                ? throw new GraphQLException("This message is broken.")
                : "fine")
            .OnWebSocketConnect(context =>
            {
                var authorization = context.PayloadString("Authorization");
                if (authorization is null)
                {
                    return ValueTask.FromResult(true);
                }

                if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !authorization.EndsWith("-token", StringComparison.Ordinal))
                {
                    return ValueTask.FromResult(false);
                }

                var name = authorization["Bearer ".Length..^"-token".Length];
                context.HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "Bearer"));
                context.AckPayload = new Dictionary<string, object?> { ["user"] = name };
                return ValueTask.FromResult(true);
            })
            .ModifyServerOptions(o => limits?.Invoke(o.Subscriptions));
        configure?.Invoke(graphql);
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        return new SubscriptionHost(app);
    }

    private static IAsyncEnumerable<string> Refuse() =>
        throw new GraphQLException("You may not listen here.", "FORBIDDEN");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
