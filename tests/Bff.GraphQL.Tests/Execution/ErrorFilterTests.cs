using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Execution;

/// <summary>Error filters map an application's exceptions to client-safe errors; anything unmapped stays masked.</summary>
public sealed class ErrorFilterTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocumentFromString("type Query { price: Float stock: Int name: String coded: String }")
        .AddResolver("Query", "price", _ => throw new BackendUnavailableException("pricing"))
        .AddResolver("Query", "stock", _ => throw new InvalidOperationException("socket 10.0.0.7 refused"))
        .AddResolver("Query", "name", _ => "Book")
        .AddResolver("Query", "coded", _ => throw new GraphQLException(
            "Pricing is down.", "BACKEND_UNAVAILABLE", new Dictionary<string, object?> { ["backend"] = "pricing" }))
        .Create();

    [Fact]
    public async Task AMappedExceptionBecomesAnErrorWithItsCodeAndBackend()
    {
        var logged = new List<Exception>();
        var result = await ExecuteAsync("{ price name }", new BackendFilter(), logged);

        Assert.Equal(
            """{"errors":[{"message":"The pricing service is unavailable.","locations":[{"line":1,"column":3}],"path":["price"],"extensions":{"code":"BACKEND_UNAVAILABLE","backend":"pricing"}}],"data":{"price":null,"name":"Book"}}""",
            ExecutionResultWriter.ToJson(result));
        Assert.Empty(logged);
    }

    [Fact]
    public async Task AnExceptionNoFilterMapsStaysMaskedAndIsLogged()
    {
        var logged = new List<Exception>();
        var result = await ExecuteAsync("{ stock }", new BackendFilter(), logged);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected execution error", error.Message);
        Assert.Equal(ErrorCodes.InternalError, error.Code);
        Assert.DoesNotContain("10.0.0.7", ExecutionResultWriter.ToJson(result), StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(Assert.Single(logged));
    }

    [Fact]
    public async Task AResolverCanThrowAGraphQLExceptionWithCodeAndExtensions()
    {
        var result = await ExecuteAsync("{ coded }", null, []);

        var error = Assert.Single(result.Errors);
        Assert.Equal("BACKEND_UNAVAILABLE", error.Code);
        Assert.Equal("pricing", error.Extensions!["backend"]);
    }

    [Fact]
    public async Task AFilterThatThrowsLeavesTheMaskedErrorAndIsLogged()
    {
        var logged = new List<Exception>();
        var result = await ExecuteAsync("{ price }", new DelegateFilter((_, _) => throw new FormatException("filter bug")), logged);

        Assert.Equal("Unexpected execution error", Assert.Single(result.Errors).Message);
        Assert.Contains(logged, e => e is FormatException);
        Assert.Contains(logged, e => e is BackendUnavailableException);
    }

    [Fact]
    public async Task FiltersRunInOrderEachSeeingThePreviousError()
    {
        var first = new BackendFilter();
        var second = new DelegateFilter((error, _) => error with { Message = error.Message + " Try again later." });
        var executor = new Executor(new ExecutionOptions { ErrorFilters = [first, second] });

        var result = await executor.ExecuteAsync(Schema, new ExecutionRequest(Parser.Parse("{ price }")));

        Assert.Equal("The pricing service is unavailable. Try again later.", Assert.Single(result.Errors).Message);
    }

    private static Task<ExecutionResult> ExecuteAsync(string query, IErrorFilter? filter, List<Exception> logged) =>
        new Executor(new ExecutionOptions
        {
            ErrorFilters = filter is null ? [] : [filter],
            OnUnexpectedError = (exception, _) => logged.Add(exception),
        }).ExecuteAsync(Schema, new ExecutionRequest(Parser.Parse(query)));

    private sealed class BackendUnavailableException(string backend) : Exception($"{backend} refused the connection")
    {
        public string Backend => backend;
    }

    private sealed class BackendFilter : IErrorFilter
    {
        public GraphQLError OnError(GraphQLError error, Exception exception) => exception is BackendUnavailableException backend
            ? error with
            {
                Message = $"The {backend.Backend} service is unavailable.",
                Extensions = new Dictionary<string, object?> { ["code"] = "BACKEND_UNAVAILABLE", ["backend"] = backend.Backend },
            }
            : error;
    }

    private sealed class DelegateFilter(Func<GraphQLError, Exception, GraphQLError> filter) : IErrorFilter
    {
        public GraphQLError OnError(GraphQLError error, Exception exception) => filter(error, exception);
    }
}
