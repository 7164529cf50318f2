using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types;

/// <summary><c>@cacheControl</c>'s definitions join a schema only when its modules use the directive.</summary>
public sealed class CacheControlDefinitionsTests
{
    [Fact]
    public void ASchemaUsingCacheControlGetsTheDirectiveAndItsScopeEnum()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: String @cacheControl(maxAge: 10, scope: PRIVATE) }")
            .AddResolver("Query", "a", _ => "x")
            .Create();

        Assert.NotNull(schema.GetDirective("cacheControl"));
        Assert.Contains("directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION", schema.ToString(), StringComparison.Ordinal);
        Assert.IsType<EnumType>(schema.Types["CacheControlScope"]);
    }

    [Fact]
    public void ASchemaThatDoesNotUseCacheControlIsPrintedAsWritten()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("type Query { a: String }").AddResolver("Query", "a", _ => "x").Create();

        Assert.Null(schema.GetDirective("cacheControl"));
        Assert.False(schema.Types.ContainsKey("CacheControlScope"));
        Assert.Equal("type Query {\n  a: String\n}", schema.ToString().Trim());
    }

    [Fact]
    public void ASchemaThatDefinesCacheControlItselfKeepsItsOwnDefinition()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("""
                enum CacheControlScope { PUBLIC PRIVATE }
                directive @cacheControl(maxAge: Int, scope: CacheControlScope) on FIELD_DEFINITION | OBJECT
                type Query { a: String @cacheControl(maxAge: 10) }
                """)
            .AddResolver("Query", "a", _ => "x")
            .Create();

        Assert.Equal(2, schema.GetDirective("cacheControl")!.Arguments.Count);
    }

    [Fact]
    public void AMaxAgeBeyondIntIsASchemaError()
    {
        var builder = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: String @cacheControl(maxAge: 99999999999) }")
            .AddResolver("Query", "a", _ => "x");

        Assert.Throws<SchemaException>(builder.Create);
    }

    [Fact]
    public void AMisspelledScopeIsASchemaError()
    {
        var builder = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: String @cacheControl(scope: SHARED) }")
            .AddResolver("Query", "a", _ => "x");

        var error = Assert.Throws<SchemaException>(builder.Create);
        Assert.Contains("SHARED", error.Message, StringComparison.Ordinal);
    }
}
