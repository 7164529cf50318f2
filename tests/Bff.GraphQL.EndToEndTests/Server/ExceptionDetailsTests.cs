using System.Net.Http.Json;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Microsoft.Extensions.Hosting;

namespace Bff.GraphQL.EndToEndTests.Server;

public sealed class ExceptionDetailsTests
{
    [Fact]
    public async Task OutsideDevelopmentAnUnexpectedExceptionIsMaskedWithoutDetails()
    {
        var body = await QueryBrokenFieldAsync(Environments.Production);

        Assert.Contains("\"message\":\"Unexpected execution error\"", body, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"INTERNAL_SERVER_ERROR\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret connection string", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InDevelopmentTheMaskedErrorCarriesTheExceptionDetails()
    {
        var body = await QueryBrokenFieldAsync(Environments.Development);

        Assert.Contains("\"message\":\"Unexpected execution error\"", body, StringComparison.Ordinal);
        Assert.Contains("secret connection string", body, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException", body, StringComparison.Ordinal);
    }

    private static async Task<string> QueryBrokenFieldAsync(string environment)
    {
        await using var host = await MinimalGraphQLHost.StartAsync(environment, server => server
            .AddDocumentFromString("type Query { broken: String }")
            .AddResolver("Query", "broken", _ => throw new InvalidOperationException("secret connection string")));
        using var response = await host.Client.PostAsJsonAsync("/graphql", new { query = "{ broken }" });
        return await response.Content.ReadAsStringAsync();
    }
}
