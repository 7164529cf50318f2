using static Bff.GraphQL.Tests.Execution.ExecutionTestSchema;

namespace Bff.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private static readonly Bff.GraphQL.Types.Schema Schema = Create();

    [Fact]
    public async Task ExecutorResolvesNestedFieldsInSelectionOrder()
    {
        var result = await ExecuteAsync(Schema, """{ product(id: "p1") { name id tags price } }""");

        Assert.Equal(
            """{"data":{"product":{"name":"Trail shoe","id":"p1","tags":["running","outdoor"],"price":120}}}""",
            Json(result));
    }

    [Fact]
    public async Task AliasesAndMergedFieldsShareOneResponseKeyEach()
    {
        var result = await ExecuteAsync(Schema, """
            { a: product(id: "p1") { name } b: product(id: "p2") { name id } a: product(id: "p1") { id } }
            """);

        Assert.Equal("""{"data":{"a":{"name":"Trail shoe","id":"p1"},"b":{"name":"Road shoe","id":"p2"}}}""", Json(result));
    }

    [Fact]
    public async Task ArgumentDefaultsAndEnumArgumentsReachTheResolver()
    {
        var result = await ExecuteAsync(Schema, """{ product(id: "p2") { eur: price usd: price(currency: USD) } }""");

        Assert.Equal("""{"data":{"product":{"eur":100,"usd":110.00000000000001}}}""", Json(result));
    }

    [Fact]
    public async Task InputObjectArgumentsAreCoercedWithFieldDefaults()
    {
        var result = await ExecuteAsync(Schema, """{ products(filter: { text: "shoe" }) { id } }""");

        Assert.Equal("""{"data":{"products":[{"id":"p1"},{"id":"p2"}]}}""", Json(result));
    }

    [Fact]
    public async Task ListArgumentsAcceptASingleValueAsAListOfOne()
    {
        var result = await ExecuteAsync(Schema, """{ one: echo(values: 7) many: echo(values: [1, null, 3]) none: echo }""");

        Assert.Equal("""{"data":{"one":"7","many":"1,null,3","none":"absent"}}""", Json(result));
    }

    [Fact]
    public async Task TypenameIsAvailableOnEveryObjectType()
    {
        var result = await ExecuteAsync(Schema, """{ __typename product(id: "p1") { __typename } }""");

        Assert.Equal("""{"data":{"__typename":"Query","product":{"__typename":"Product"}}}""", Json(result));
    }

    [Fact]
    public async Task AbstractTypesResolveToTheBoundRuntimeType()
    {
        var result = await ExecuteAsync(Schema, """
            { search(text: "r") { __typename ... on Named { name } ... on Brand { products { id } } ...P } }
            fragment P on Product { id }
            """);

        Assert.Equal(
            """{"data":{"search":[{"__typename":"Product","name":"Trail shoe","id":"p1"},{"__typename":"Product","name":"Road shoe","id":"p2"},{"__typename":"Product","name":"Rain jacket","id":"p3"},{"__typename":"Brand","name":"Stride","products":[{"id":"p1"},{"id":"p2"}]},{"__typename":"Brand","name":"Drizzle","products":[{"id":"p3"}]}]}}""",
            Json(result));
    }

    [Fact]
    public async Task SkipAndIncludeFollowLiteralsAndVariables()
    {
        var variables = new Dictionary<string, object?> { ["yes"] = true };
        var result = await ExecuteAsync(Schema, """
            query($yes: Boolean!) { product(id: "p1") { id @skip(if: $yes) name @include(if: $yes) tags @include(if: false) } }
            """, variables);

        Assert.Equal("""{"data":{"product":{"name":"Trail shoe"}}}""", Json(result));
    }

    [Fact]
    public async Task FieldsOfAQueryResolveConcurrently()
    {
        var barrier = new Barrier(2);
        var schema = Create(b => b.AddResolver("Query", "slow", ctx => Task.Run<object?>(() =>
        {
            // Each resolver waits for the other: only a concurrent execution gets past this point.
            return barrier.SignalAndWait(TimeSpan.FromSeconds(5)) ? ctx.ArgumentValue<string>("label") : "alone";
        })));

        var result = await ExecuteAsync(schema, """{ a: slow(label: "a") b: slow(label: "b") }""");

        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", Json(result));
    }

    [Fact]
    public async Task MutationRootFieldsRunOneAfterAnother()
    {
        var result = await ExecuteAsync(Create(), """
            mutation { a: append(label: "first") b: append(label: "second") }
            """);

        Assert.Equal("""{"data":{"a":["first"],"b":["first","second"]}}""", Json(result));
    }
}
