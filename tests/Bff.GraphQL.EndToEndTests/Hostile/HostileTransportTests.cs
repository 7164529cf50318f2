using System.Net;
using Bff.GraphQL.EndToEndTests.TestSupport;
using static Bff.GraphQL.EndToEndTests.TestSupport.GraphQLHttpClientExtensions;

namespace Bff.GraphQL.EndToEndTests.Hostile;

/// <summary>Hostile bodies under the default limits: refused by the transport with a 4xx and a reason.</summary>
public sealed class HostileTransportTests(GraphQLTestServer server) : IClassFixture<GraphQLTestServer>
{
    private readonly HttpClient client = server.Client;

    [Fact]
    public async Task TenMegabyteStringLiteralGets413UnderTheDefaultBodyLimit()
    {
        var response = await client.PostGraphQLAsync(new { query = "{ slowEcho(message: \"" + new string('x', 10 * 1024 * 1024) + "\") }" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("The request body is larger than 262144 bytes.", response.ErrorMessages.Single());
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task InvalidUtf8BytesGet400()
    {
        byte[] body = [.. Utf8("{\"query\": \"{ slowEcho(message: \\\""), 0xff, 0xfe, 0xc3, .. Utf8("\\\") }\"}")];
        var response = await client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("The request body is not valid UTF-8.", response.ErrorMessages.Single());
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task JsonNestedTenThousandDeepGets400()
    {
        var body = "{\"query\":\"{ __typename }\",\"variables\":{\"v\":" + new string('[', 10_000) + new string(']', 10_000) + "}}";
        var response = await client.PostRawAsync(Utf8(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("maximum configured depth of 32", response.ErrorMessages.Single(), StringComparison.Ordinal);
        await client.AssertHealthyAsync();
    }

    [Fact]
    public async Task OversizedBodyWithADeclaredLengthGets413BeforeItIsRead()
    {
        var response = await client.PostRawAsync(new byte[2 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        await client.AssertHealthyAsync();
    }
}
