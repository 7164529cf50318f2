using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Subscriptions;

/// <summary>What the event-stream transport answers without a stream: requests the transport itself refuses.</summary>
public sealed class EventStreamTransportTests : IAsyncLifetime
{
    private SubscriptionHost host = null!;

    public async Task InitializeAsync() => host = await SubscriptionHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task AMutationOverGetIsRefusedWith405InJson()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("""mutation { publish(room: "a", text: "b") }"""));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Mutations cannot be sent with GET", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, host.Executor.OpenStreamingConnections);
    }

    [Fact]
    public async Task AnUnreadableBodyIsRefusedWith400InJson()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{ not json", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("""{"errors":[{"message":""", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryOverGetIsOneNextThenComplete()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ hello }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ":\n\nevent: next\ndata: {\"data\":{\"hello\":\"world\"}}\n\nevent: complete\ndata:\n\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARefusingSubscribeFunctionIsOneNextWithErrorsThenComplete()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("subscription { failing }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ":\n\nevent: next\ndata: {\"errors\":[{\"message\":\"You may not listen here.\",\"locations\":[{\"line\":1,\"column\":16}],\"path\":[\"failing\"],\"extensions\":{\"code\":\"FORBIDDEN\"}}]}\n\nevent: complete\ndata:\n\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ASubscriptionOverPlainJsonIsARequestError()
    {
        using var response = await host.Client.PostAsync("/graphql",
            new StringContent("""{"query":"subscription { messages(room: \"a\") { text } }"}""", Encoding.UTF8, "application/json"));

        Assert.Contains("A subscription has more than one result", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, host.Feed.Active);
    }
}
