using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Bff.Testing;

/// <summary>
/// Hostile requests to a GraphQL endpoint at <c>/graphql</c>: documents that exhaust the parser, validator or
/// executor, huge variables, bad JSON, wrong content types and methods, batch floods, oversized bodies. None needs a
/// field of the schema (<see cref="HostileDocuments"/>); a server's own cost bombs are added by its tests.
/// <see cref="HostileSuite"/> sends them.
/// </summary>
public static class HostileCorpus
{
    /// <summary>The corpus.</summary>
    public static IReadOnlyList<HostileRequest> Requests { get; } =
    [
        Query("selection sets nested 100,000 deep", () => HostileDocuments.NestedSelections(100_000)),
        Query("20,000 aliases", () => HostileDocuments.Aliases(20_000)),
        Query("2,000 aliases", () => HostileDocuments.Aliases(2_000)),
        new("fragment fan-out of 2^40", () => Post(new { query = HostileDocuments.FragmentFanOut(40) }), MayAnswerData: true),
        Query("fragment cycle", () => HostileDocuments.FragmentCycle),
        Query("10 MB string literal", () => HostileDocuments.StringLiteral(10 * 1024 * 1024)),
        Query("50,000 operations", () => HostileDocuments.Operations(50_000)),
        Query("5,000 directives on one field", () => HostileDocuments.Directives(5_000)),
        Query("introspection 60 ofType deep", () => HostileDocuments.IntrospectionDepth(60)),
        Query("200 whole-schema introspections", () => HostileDocuments.IntrospectionFlood(200)),
        Query("a field name of 200,000 characters", () => HostileDocuments.LongName(200_000)),
        Query("1,000 unused variables", () => HostileDocuments.UnusedVariables(1_000)),
        Query("a variable type of lists 1,000 deep", () => HostileDocuments.DeepListType(1_000)),
        Raw("variables: JSON nested 10,000 deep",
            "{\"query\":\"query($v: [Int]) { __typename }\",\"variables\":{\"v\":" + new string('[', 10_000) + new string(']', 10_000) + "}}"),
        new("variables: a list of 40,000 numbers", () => Post(new
        {
            query = "query($v: [Int]) { __typename }",
            variables = new { v = Enumerable.Range(0, 40_000).ToArray() },
        })),
        new("variables: a 200 KB string", () => Post(new
        {
            query = "query($v: String) { __typename }",
            variables = new { v = new string('v', 200 * 1024) },
        })),
        new("variables: an object of 20,000 keys", () => Post(new
        {
            query = "query($v: String) { __typename }",
            variables = Enumerable.Range(0, 20_000).ToDictionary(i => $"k{i}", i => i),
        })),
        Raw("variables: a string, not an object", "{\"query\":\"{ __typename }\",\"variables\":\"{\\\"v\\\": 1}\"}"),
        Raw("bad JSON: truncated", "{\"query\": \"{ __typename"),
        Raw("bad JSON: a bare string", "\"{ __typename }\""),
        Raw("bad JSON: null", "null"),
        Raw("bad JSON: the query a number", "{\"query\": 42}"),
        Raw("bad JSON: the operation name an object", "{\"query\": \"{ __typename }\", \"operationName\": {\"a\": 1}}"),
        Raw("bad JSON: trailing garbage", "{\"query\": \"{ __typename }\"} {\"query\": \"{ __typename }\"}"),
        Raw("an empty body", ""),
        new("invalid UTF-8", () => Bytes([.. Utf8("{\"query\": \"{ __typename(x: \\\""), 0xff, 0xfe, 0xc3, .. Utf8("\\\") }\"}")])),
        new("a 2 MB body of zeros", () => Bytes(new byte[2 * 1024 * 1024])),
        new("a batch of 1,000 operations", () => Post(Enumerable.Range(0, 1_000).Select(_ => new { query = "{ __typename }" }).ToArray())),
        Raw("an unknown operation name", "{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}"),
        Raw("an APQ hash that is not a SHA-256",
            "{\"query\": \"{ __typename }\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"zz\"}}}"),
        new("content type text/plain", () => Bytes(Utf8("{\"query\": \"{ __typename }\"}"), "text/plain")),
        new("content type application/xml", () => Bytes(Utf8("<query>{ __typename }</query>"), "application/xml")),
        new("content type multipart/form-data", () => Bytes(Utf8("--b\r\n\r\n{ __typename }\r\n--b--"), "multipart/form-data; boundary=b")),
        new("no content type", () => Bytes(Utf8("{\"query\": \"{ __typename }\"}"), null)),
        new("Accept: text/html only", () =>
        {
            var request = Post(new { query = "{ __typename }" });
            request.Headers.Accept.Clear();
            request.Headers.Accept.ParseAdd("text/html");
            return request;
        }),
        new("a mutation over GET", () => Get("mutation { __typename }")),
        new("a GET query string of 20,000 characters", () => Get(HostileDocuments.Aliases(1_500))),
        new("GET with the variables not JSON", () => new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D&variables=%7B")),
        new("PUT", () => new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = Json("{\"query\": \"{ __typename }\"}") }),
    ];

    /// <summary>A POST of the document <paramref name="query"/> builds, built when sent (some are megabytes).</summary>
    public static HostileRequest Query(string name, Func<string> query) => new(name, () => Post(new { query = query() }));

    /// <summary>A POST of <paramref name="json"/> as it is, as <c>application/json</c>.</summary>
    public static HostileRequest Raw(string name, string json) => new(name, () => Bytes(Utf8(json)));

    private static HttpRequestMessage Post(object body) => Bytes(JsonSerializer.SerializeToUtf8Bytes(body));

    private static HttpRequestMessage Bytes(byte[] body, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return request;
    }

    private static HttpRequestMessage Get(string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return request;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
