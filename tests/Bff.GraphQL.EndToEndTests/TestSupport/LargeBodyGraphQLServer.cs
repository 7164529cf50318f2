namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>
/// The test server with a 16 MB body limit, so that hostile documents reach the parser and validator instead of
/// stopping at the transport's 413.
/// </summary>
public sealed class LargeBodyGraphQLServer : IDisposable
{
    public const long BodyLimit = 16 * 1024 * 1024;

    public GraphQLTestServer Server { get; } = new(options => options.MaxRequestBodySize = BodyLimit);

    public void Dispose() => Server.Dispose();
}
