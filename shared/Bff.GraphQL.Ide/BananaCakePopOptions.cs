namespace Bff.GraphQL.Ide;

/// <summary>
/// What Banana Cake Pop shows when it opens; written to its <c>bcp-config.json</c>. Telemetry is always off and the IDE
/// never loads anything from outside the service, whatever is set here.
/// </summary>
public sealed class BananaCakePopOptions
{
    /// <summary>The browser tab's title; the IDE's own when null.</summary>
    public string? Title { get; set; }

    /// <summary>The operation a new document starts with (e.g. <c>{ hello }</c>); empty when null.</summary>
    public string? Document { get; set; }

    /// <summary>
    /// The GraphQL endpoint the IDE talks to. When null (the default) it is the address the IDE was loaded from, so the
    /// IDE queries the service that serves it whatever host name or proxy the browser went through.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Whether the IDE sends the browser's cookies with its requests (for cookie-authenticated services).</summary>
    public bool IncludeCookies { get; set; }

    /// <summary>Headers the IDE adds to every request it sends (e.g. a tenant header for local testing).</summary>
    public IDictionary<string, string> HttpHeaders { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
