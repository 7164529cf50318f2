using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;
using static Bff.GraphQL.Tests.Execution.Subscriptions.SubscriptionTestSchema;

namespace Bff.GraphQL.Tests.Execution.Subscriptions;

public sealed class SubscriptionExecutionTests
{
    private readonly SubscriptionTestSchema test = new();
    private readonly Executor executor = new();

    [Fact]
    public async Task EachEventExecutesTheSelectionSetWithTheEventAsRootValue()
    {
        var subscription = await SubscribeAsync("""subscription { messageAdded(room: "a") { text upper } }""");
        await using var events = subscription.Events!.GetAsyncEnumerator();

        await test.Events.Writer.WriteAsync(new Message("a", "hello"));
        await test.Events.Writer.WriteAsync(new Message("b", "not for a"));
        await test.Events.Writer.WriteAsync(new Message("a", "again"));
        test.Events.Writer.Complete();

        Assert.True(await events.MoveNextAsync());
        Assert.Equal("""{"data":{"messageAdded":{"text":"hello","upper":"HELLO"}}}""", ExecutionResultWriter.ToJson(events.Current));
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("""{"data":{"messageAdded":{"text":"again","upper":"AGAIN"}}}""", ExecutionResultWriter.ToJson(events.Current));
        Assert.False(await events.MoveNextAsync());
        Assert.Equal(["a"], test.Subscribed);
    }

    [Fact]
    public async Task AFieldErrorBelongsToItsEventOnly()
    {
        var subscription = await SubscribeAsync("""subscription { messageAdded(room: "a") { text broken } }""");
        await using var events = subscription.Events!.GetAsyncEnumerator();
        await test.Events.Writer.WriteAsync(new Message("a", "boom"));
        await test.Events.Writer.WriteAsync(new Message("a", "calm"));

        Assert.True(await events.MoveNextAsync());
        Assert.Equal(
            """{"errors":[{"message":"This message is broken.","locations":[{"line":1,"column":47}],"path":["messageAdded","broken"]}],"data":{"messageAdded":{"text":"boom","broken":null}}}""",
            ExecutionResultWriter.ToJson(events.Current));
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("""{"data":{"messageAdded":{"text":"calm","broken":"fine"}}}""", ExecutionResultWriter.ToJson(events.Current));
    }

    [Fact]
    public async Task ASubscribeFunctionThatThrowsGivesALocatedRequestError()
    {
        var subscription = await SubscribeAsync("subscription { failing { text } }");

        Assert.Null(subscription.Events);
        Assert.Equal(
            """{"errors":[{"message":"You may not listen here.","locations":[{"line":1,"column":16}],"path":["failing"],"extensions":{"code":"FORBIDDEN"}}]}""",
            ExecutionResultWriter.ToJson(subscription.Error!));
    }

    [Fact]
    public async Task AResolverThatReturnsNoStreamIsAMaskedError()
    {
        Exception? logged = null;
        var masking = new Executor(new ExecutionOptions { OnUnexpectedError = (e, _) => logged = e });

        var subscription = await masking.SubscribeAsync(test.Schema, new ExecutionRequest(Parser.Parse("subscription { notAStream { text } }")));

        Assert.Equal(
            """{"errors":[{"message":"Unexpected execution error","locations":[{"line":1,"column":16}],"path":["notAStream"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""",
            ExecutionResultWriter.ToJson(subscription.Error!));
        Assert.Contains("must return an event stream", logged!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadArgumentsAreARequestErrorBeforeTheSourceIsCalled()
    {
        var subscription = await SubscribeAsync("subscription ($room: String!) { messageAdded(room: $room) { text } }");

        var error = Assert.Single(subscription.Error!.Errors);
        Assert.Equal("Variable \"$room\" of required type \"String!\" was not provided.", error.Message);
        Assert.Equal([new ErrorLocation(1, 15)], error.Locations);
        Assert.Empty(test.Subscribed);
    }

    [Fact]
    public async Task StoppingTheReaderDisposesTheSourceStream()
    {
        var subscription = await SubscribeAsync("""subscription { messageAdded(room: "a") { text } }""");
        await test.Events.Writer.WriteAsync(new Message("a", "one"));

        await foreach (var _ in subscription.Events!)
        {
            break;
        }

        await test.SourceDisposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task CancellingTheSubscriptionCancelsTheSourcesTokenAndEndsTheStream()
    {
        using var cancel = new CancellationTokenSource();
        var subscription = await executor.SubscribeAsync(
            test.Schema, new ExecutionRequest(Parser.Parse("""subscription { messageAdded(room: "a") { text } }""")), cancel.Token);
        await using var events = subscription.Events!.GetAsyncEnumerator();
        var waiting = events.MoveNextAsync().AsTask();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.True(test.SubscribeToken.IsCancellationRequested);
        await test.SourceDisposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ASourceThatFailsEndsTheStreamWithAMaskedLocatedError()
    {
        test.FailAfterEvents = new InvalidOperationException("redis went away at 10.0.0.5");
        var subscription = await SubscribeAsync("""subscription { messageAdded(room: "a") { text } }""");
        await using var events = subscription.Events!.GetAsyncEnumerator();
        await test.Events.Writer.WriteAsync(new Message("a", "last"));
        test.Events.Writer.Complete();

        Assert.True(await events.MoveNextAsync());
        var failure = await Assert.ThrowsAsync<SubscriptionSourceException>(async () => await events.MoveNextAsync());

        Assert.Equal("Unexpected execution error", failure.Error.Message);
        Assert.Equal([new ErrorLocation(1, 16)], failure.Error.Locations);
        Assert.Equal(["messageAdded"], failure.Error.Path);
        Assert.Equal("INTERNAL_SERVER_ERROR", failure.Error.Code);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
    }

    [Fact]
    public async Task QueriesAreExecutedNotSubscribedToAndSubscriptionsTheOtherWayRound()
    {
        var subscribed = await SubscribeAsync("{ ping }");
        var executed = await executor.ExecuteAsync(test.Schema, new ExecutionRequest(Parser.Parse("""subscription { messageAdded(room: "a") { text } }""")));

        Assert.Equal("Only subscription operations can be subscribed to; execute this query.", Assert.Single(subscribed.Error!.Errors).Message);
        Assert.Equal("A subscription has more than one result: subscribe to it over GraphQL over SSE or WebSocket.", Assert.Single(executed.Errors).Message);
    }

    [Fact]
    public async Task ASchemaWithoutSubscriptionsSaysSo()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("type Query { a: Int }").AddResolver("Query", "a", _ => 1).Create();

        var subscription = await executor.SubscribeAsync(schema, new ExecutionRequest(Parser.Parse("subscription { a }")));

        Assert.Equal("Schema is not configured to execute subscription operation.", Assert.Single(subscription.Error!.Errors).Message);
    }

    [Fact]
    public async Task IntrospectionShowsTheSubscriptionType()
    {
        var result = await executor.ExecuteAsync(test.Schema, new ExecutionRequest(Parser.Parse(
            """{ __schema { subscriptionType { name fields { name } } } }""")));

        Assert.Equal(
            """{"data":{"__schema":{"subscriptionType":{"name":"Subscription","fields":[{"name":"messageAdded"},{"name":"failing"},{"name":"notAStream"}]}}}}""",
            ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public void ASubscribeFunctionOutsideTheSubscriptionTypeIsASchemaError()
    {
        var builder = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: Int }")
            .AddSubscription("Query", "a", _ => Empty());

        var error = Assert.Throws<SchemaException>(builder.Create);

        Assert.Contains("\"Query.a\" has a subscribe function but is not a field of the subscription root type.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResolverAddedForTheFieldShapesEachEvent()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: Int } type Subscription { counted: Int! }")
            .AddResolver("Query", "a", _ => 1)
            .AddResolver("Subscription", "counted", c => (int)c.Parent! * 10)
            .AddSubscription("Subscription", "counted", _ => Numbers())
            .Create();

        var subscription = await executor.SubscribeAsync(schema, new ExecutionRequest(Parser.Parse("subscription { counted }")));
        var results = new List<string>();
        await foreach (var result in subscription.Events!)
        {
            results.Add(ExecutionResultWriter.ToJson(result));
        }

        Assert.Equal(["""{"data":{"counted":10}}""", """{"data":{"counted":20}}"""], results);
    }

    private Task<SubscriptionResult> SubscribeAsync(string document) =>
        executor.SubscribeAsync(test.Schema, new ExecutionRequest(Parser.Parse(document)));

    private static async IAsyncEnumerable<int> Numbers()
    {
        await Task.Yield();
        yield return 1;
        yield return 2;
    }

    private static async IAsyncEnumerable<int> Empty()
    {
        await Task.Yield();
        yield break;
    }
}
