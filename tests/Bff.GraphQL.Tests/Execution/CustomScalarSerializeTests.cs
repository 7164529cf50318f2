using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Execution;

/// <summary>A custom scalar that cannot serialize a resolved value must not show the value or its message to clients.</summary>
public sealed class CustomScalarSerializeTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocumentFromString("scalar Money type Query { price: Money total: Int }")
        .AddScalar(new ScalarType("Money", value => value is decimal d
            ? d
            : throw new InvalidOperationException($"cannot format {value} for tenant secret-tenant")))
        .AddResolver("Query", "price", _ => "card 4111-1111-1111-1111")
        .AddResolver("Query", "total", _ => 1.5)
        .Create();

    [Fact]
    public async Task ACustomScalarSerializeExceptionIsMaskedAndHandedToTheHook()
    {
        Exception? seen = null;
        var executor = new Executor(new ExecutionOptions { OnUnexpectedError = (e, _) => seen = e });

        var json = ExecutionResultWriter.ToJson(await executor.ExecuteAsync(Schema, new ExecutionRequest(Parser.Parse("{ price }"))));

        Assert.Equal(
            """{"errors":[{"message":"Unexpected execution error","locations":[{"line":1,"column":3}],"path":["price"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"price":null}}""",
            json);
        Assert.IsType<InvalidOperationException>(Assert.IsType<ScalarSerializationException>(seen).InnerException);
    }

    [Fact]
    public async Task ExceptionDetailsOfACustomScalarAppearOnlyWhenAskedForAndNeverCarryTheValue()
    {
        var executor = new Executor(new ExecutionOptions { IncludeExceptionDetails = true });

        var json = ExecutionResultWriter.ToJson(await executor.ExecuteAsync(Schema, new ExecutionRequest(Parser.Parse("{ price }"))));

        Assert.Contains("The custom scalar Money could not serialize a resolved value.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", json, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-tenant", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuiltInScalarOutputErrorsKeepGraphQLJsMessages()
    {
        var result = await new Executor().ExecuteAsync(Schema, new ExecutionRequest(Parser.Parse("{ total }")));

        Assert.Equal("Int cannot represent non-integer value: 1.5", Assert.Single(result.Errors).Message);
    }
}
