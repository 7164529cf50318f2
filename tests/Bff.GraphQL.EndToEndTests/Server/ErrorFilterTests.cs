using System.Net;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Bff.GraphQL.Execution;

namespace Bff.GraphQL.EndToEndTests.Server;

/// <summary>Error filters registered on the server builder map a BFF's backend exceptions; others stay masked.</summary>
public sealed class ErrorFilterTests
{
    private const string Sdl = "type Query { price: Float stock: Int deadline: Int name: String }";

    [Fact]
    public async Task ARegisteredFilterMapsBackendExceptionsToCodesWithTheBackend()
    {
        await using var host = await StartAsync(server => server.AddErrorFilter<BackendErrorFilter>());

        var response = await host.Client.PostGraphQLAsync(new { query = "{ price deadline name }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var errors = response.Json.GetProperty("errors").EnumerateArray().ToDictionary(
            e => e.GetProperty("path")[0].GetString()!, e => e.GetProperty("extensions"));
        Assert.Equal("BACKEND_UNAVAILABLE", errors["price"].GetProperty("code").GetString());
        Assert.Equal("pricing", errors["price"].GetProperty("backend").GetString());
        Assert.Equal("BACKEND_TIMEOUT", errors["deadline"].GetProperty("code").GetString());
        Assert.Equal("Book", response.Data.GetProperty("name").GetString());
    }

    [Fact]
    public async Task AnExceptionNoFilterMapsStaysMaskedInProduction()
    {
        await using var host = await StartAsync(server => server.AddErrorFilter((error, exception) =>
            exception is TimeoutException ? error with { Message = "Timed out." } : error));

        var response = await host.Client.PostGraphQLAsync(new { query = "{ stock }" });

        Assert.Equal("Unexpected execution error", response.ErrorMessages.Single());
        Assert.Equal(ErrorCodes.InternalError, response.FirstErrorCode);
        Assert.DoesNotContain("inventory", response.Body, StringComparison.Ordinal);
    }

    private static Task<MinimalGraphQLHost> StartAsync(Action<Bff.GraphQL.Server.GraphQLServerBuilder> configure) =>
        MinimalGraphQLHost.StartAsync("Production", server =>
        {
            server.AddDocumentFromString(Sdl)
                .AddResolver("Query", "price", _ => throw new HttpRequestException("pricing: connection refused"))
                .AddResolver("Query", "stock", _ => throw new InvalidOperationException("inventory db at 10.0.0.9"))
                .AddResolver("Query", "deadline", _ => throw new TimeoutException("pricing"))
                .AddResolver("Query", "name", _ => "Book");
            configure(server);
        });

    private sealed class BackendErrorFilter : IErrorFilter
    {
        public GraphQLError OnError(GraphQLError error, Exception exception) => exception switch
        {
            HttpRequestException => Mapped(error, "The pricing service is unavailable.", "BACKEND_UNAVAILABLE"),
            TimeoutException => Mapped(error, "The pricing service timed out.", "BACKEND_TIMEOUT"),
            _ => error,
        };

        private static GraphQLError Mapped(GraphQLError error, string message, string code) => error with
        {
            Message = message,
            Extensions = new Dictionary<string, object?> { ["code"] = code, ["backend"] = "pricing" },
        };
    }
}
