using System.Net;
using System.Net.Http.Json;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Microsoft.Extensions.Hosting;

namespace Bff.GraphQL.EndToEndTests.Server;

/// <summary>Introspection and <c>GET ?sdl</c> map the whole API: off for public traffic, on where developers work.</summary>
public sealed class PublicTrafficDefaultsTests
{
    private const string Sdl = "type Query { hello: String }";
    private const string Introspection = "{ __schema { queryType { name } } }";

    [Fact]
    public async Task OutsideDevelopmentIntrospectionAndTheSdlAreOffByDefault()
    {
        await using var host = await StartAsync(Environments.Production);

        var introspection = await PostAsync(host, Introspection);
        using var sdl = await host.Client.GetAsync("/graphql?sdl");
        var plain = await PostAsync(host, "{ hello __typename }");

        Assert.Contains("Introspection is disabled.", introspection, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", introspection, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, sdl.StatusCode);
        Assert.DoesNotContain("type Query", await sdl.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("""{"data":{"hello":"hi","__typename":"Query"}}""", plain);
    }

    [Fact]
    public async Task InDevelopmentIntrospectionAndTheSdlAreOnByDefault()
    {
        await using var host = await StartAsync(Environments.Development);

        var introspection = await PostAsync(host, Introspection);
        using var sdl = await host.Client.GetAsync("/graphql?sdl");

        Assert.Equal("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""", introspection);
        Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
        Assert.Contains("type Query", await sdl.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServiceCanTurnIntrospectionOnOutsideDevelopmentOrOffInDevelopment()
    {
        await using var production = await StartAsync(Environments.Production, allow: true);
        await using var development = await StartAsync(Environments.Development, allow: false);

        Assert.Equal("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""", await PostAsync(production, Introspection));
        Assert.Contains("Introspection is disabled.", await PostAsync(development, Introspection), StringComparison.Ordinal);
        using var sdl = await development.Client.GetAsync("/graphql?sdl");
        Assert.NotEqual(HttpStatusCode.OK, sdl.StatusCode);
    }

    private static Task<MinimalGraphQLHost> StartAsync(string environment, bool? allow = null) =>
        MinimalGraphQLHost.StartAsync(environment, server =>
        {
            server.AddDocumentFromString(Sdl).AddResolver("Query", "hello", _ => "hi");
            if (allow is { } value)
            {
                server.AllowIntrospection(value);
            }
        });

    private static async Task<string> PostAsync(MinimalGraphQLHost host, string query)
    {
        using var response = await host.Client.PostAsJsonAsync("/graphql", new { query });
        return await response.Content.ReadAsStringAsync();
    }
}
