using Bff.GraphQL.Language;
using Bff.GraphQL.Validation;

namespace Bff.GraphQL.Server;

/// <summary>
/// How a GraphQL server treats requests. Defaults are safe for public traffic; a service tightens them for its clients
/// (<c>AddGraphQLServer().ModifyServerOptions(o =&gt; ...)</c>) or binds them from configuration.
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Limits of the parser: nesting depth, tokens, document size.</summary>
    public ParserOptions Parser { get; set; } = ParserOptions.Default;

    /// <summary>
    /// Validation limits: depth, fields, aliases, cost, introspection. Introspection is off unless turned on;
    /// <c>AddGraphQLServer()</c> turns it on in Development.
    /// </summary>
    public ValidationOptions Validation { get; set; } = ValidationOptions.Default with { AllowIntrospection = false };

    /// <summary>Largest request body accepted, in bytes; larger ones get 413.</summary>
    public long MaxRequestBodySize { get; set; } = 256 * 1024;

    /// <summary>Deepest nesting of the request's JSON (variables and extensions included); deeper gets 400.</summary>
    public int MaxRequestJsonDepth { get; set; } = 32;

    /// <summary>How long one operation may execute before it is cancelled and answered with a timeout error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether queries may be sent with HTTP GET (mutations never may).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET ?sdl</c> returns the schema. Off unless turned on; <c>AddGraphQLServer()</c> turns it on in Development.</summary>
    public bool EnableSchemaRequests { get; set; }

    /// <summary>When true, unexpected errors carry exception details; for development only.</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>
    /// Bytes of parsed and validated documents kept, keyed by their text (an estimate of text and syntax tree; least
    /// recently used first out). 0 turns the cache off.
    /// </summary>
    public long DocumentCacheSizeBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>When true, only operations from the persisted operation store run (an allow-list).</summary>
    public bool OnlyAllowPersistedOperations { get; set; }

    /// <summary>
    /// When true, GET responses carry <c>Cache-Control</c> from the <c>@cacheControl</c> hints of the fields they touched
    /// (<c>public|private, max-age=N</c>, or <c>no-store</c>), a strong <c>ETag</c> over the body and <c>Vary</c>, and a
    /// matching <c>If-None-Match</c> gets 304; POST responses get <c>no-store</c>. Off by default.
    /// </summary>
    public bool EnableHttpCaching { get; set; }

    /// <summary>Limits of subscriptions over SSE and WebSocket: connections, operations, queues, timeouts.</summary>
    public SubscriptionOptions Subscriptions { get; set; } = new();

    /// <summary>Whether clients may register operations with Automatic Persisted Queries.</summary>
    public bool EnableAutomaticPersistedQueries { get; set; }
}
