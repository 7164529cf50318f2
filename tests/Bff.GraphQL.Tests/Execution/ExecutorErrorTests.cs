using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using static Bff.GraphQL.Tests.Execution.ExecutionTestSchema;

namespace Bff.GraphQL.Tests.Execution;

public sealed class ExecutorErrorTests
{
    private static readonly Bff.GraphQL.Types.Schema Schema = Create();

    [Fact]
    public async Task NullInANonNullFieldNullsTheNearestNullableParentAndIsReportedOnce()
    {
        var result = await ExecuteAsync(Schema, """{ product(id: "p1") { id brokenName } other: product(id: "p2") { id } }""");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Product.brokenName.","locations":[{"line":1,"column":26}],"path":["product","brokenName"]}],"data":{"product":null,"other":{"id":"p2"}}}""",
            Json(result));
    }

    [Fact]
    public async Task ANonNullRootFieldFailureNullsAllData()
    {
        var result = await ExecuteAsync(Schema, """{ requiredProduct(id: "nope") { id } product(id: "p1") { id } }""");

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal("Cannot return null for non-nullable field Query.requiredProduct.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task NullItemsInAListOfNullableItemsStayInPlace()
    {
        var result = await ExecuteAsync(Schema, """{ product(id: "p1") { maybeTags } }""");

        Assert.Equal("""{"data":{"product":{"maybeTags":["a",null,"c"]}}}""", Json(result));
    }

    [Fact]
    public async Task UnexpectedExceptionsAreMaskedAndHandedToTheHook()
    {
        Exception? seen = null;
        var executor = new Executor(new ExecutionOptions { OnUnexpectedError = (e, _) => seen = e });

        var result = await executor.ExecuteAsync(Schema, new ExecutionRequest(Parser.Parse("""{ product(id: "p1") { secret } }""")));

        Assert.Equal(
            """{"errors":[{"message":"Unexpected execution error","locations":[{"line":1,"column":23}],"path":["product","secret"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"product":{"secret":null}}}""",
            Json(result));
        Assert.IsType<InvalidOperationException>(seen);
    }

    [Fact]
    public async Task ExceptionDetailsAppearOnlyWhenAskedFor()
    {
        var executor = new Executor(new ExecutionOptions { IncludeExceptionDetails = true });

        var result = await executor.ExecuteAsync(Schema, new ExecutionRequest(Parser.Parse("""{ product(id: "p1") { secret } }""")));

        Assert.Contains("connection string leaked", Json(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQLExceptionsKeepTheirMessageAndCode()
    {
        var schema = Create(b => b.AddResolver("Query", "slow", _ => throw new GraphQLException("Backend down", "BACKEND_UNAVAILABLE")));

        var result = await ExecuteAsync(schema, """{ slow(label: "x") }""");

        Assert.Equal(
            """{"errors":[{"message":"Backend down","locations":[{"line":1,"column":3}],"path":["slow"],"extensions":{"code":"BACKEND_UNAVAILABLE"}}],"data":{"slow":null}}""",
            Json(result));
    }

    [Theory]
    [InlineData("""{"id": null}""", "Variable \"$id\" of non-null type \"ID!\" must not be null.")]
    [InlineData("""{}""", "Variable \"$id\" of required type \"ID!\" was not provided.")]
    [InlineData("""{"id": 1.5}""", "Variable \"$id\" got invalid value 1.5; ID cannot represent value: 1.5")]
    public async Task BadVariablesFailTheRequestWithoutData(string variablesJson, string message)
    {
        var variables = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, System.Text.Json.JsonElement>>(variablesJson)!
            .ToDictionary(p => p.Key, p => (object?)p.Value);

        var result = await ExecuteAsync(Schema, "query($id: ID!) { product(id: $id) { id } }", variables);

        Assert.False(result.HasData);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
        Assert.DoesNotContain("\"data\"", Json(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestedInputProblemsNameTheirPathInsideTheVariable()
    {
        var variables = new Dictionary<string, object?>
        {
            ["f"] = new Dictionary<string, object?> { ["limit"] = "two", ["currencies"] = new List<object?> { "EUR", "GBP" } },
        };

        var result = await ExecuteAsync(Schema, "query($f: ProductFilter) { products(filter: $f) { id } }", variables);

        Assert.Equal(
            [
                "Variable \"$f\" got invalid value \"two\" at \"f.limit\"; Int cannot represent non-integer value: \"two\"",
                "Variable \"$f\" got invalid value \"GBP\" at \"f.currencies[1]\"; Value \"GBP\" does not exist in \"Currency\" enum.",
            ],
            result.Errors.Select(e => e.Message));
    }

    [Theory]
    [InlineData("query A { __typename } query B { __typename }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { __typename }", "B", "Unknown operation named \"B\".")]
    [InlineData("fragment F on Query { __typename }", null, "Must provide an operation.")]
    [InlineData("subscription { __typename }", null, "Schema is not configured to execute subscription operation.")]
    public async Task OperationSelectionProblemsAreRequestErrors(string query, string? operationName, string message)
    {
        var result = await ExecuteAsync(Schema, query, operationName: operationName);

        Assert.False(result.HasData);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task CancellationReachesResolversAndStopsExecution()
    {
        using var cts = new CancellationTokenSource();
        var schema = Create(b => b.AddResolver("Query", "slow", async ctx =>
        {
            await cts.CancelAsync();
            await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
            return "never";
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new Executor().ExecuteAsync(schema, new ExecutionRequest(Parser.Parse("""{ slow(label: "x") }""")), cts.Token));
    }
}
