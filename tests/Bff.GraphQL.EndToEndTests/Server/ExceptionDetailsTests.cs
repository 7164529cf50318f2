using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer()
            .AddDocumentFromString("type Query { broken: String }")
            .AddResolver("Query", "broken", _ => throw new InvalidOperationException("secret connection string"));
        await using var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ broken }" });
            return await response.Content.ReadAsStringAsync();
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
