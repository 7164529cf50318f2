using System.Net.Http.Headers;
using System.Text;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Bff.GraphQL.TestServer.Catalog;

namespace Bff.GraphQL.EndToEndTests.Execution;

/// <summary>A client that goes away cancels the work done for it.</summary>
public sealed class CancellationTests(GraphQLTestServer server) : IClassFixture<GraphQLTestServer>
{
    [Fact]
    public async Task ClientDisconnectingMidRequestCancelsTheResolvers()
    {
        var probes = server.Get<TestProbes>();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var abort = new CancellationTokenSource();
        using var content = new StringContent("{\"query\":\"{ waitForCancellation }\"}", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = client.PostAsync(new Uri("/graphql", UriKind.Relative), content, abort.Token);

        await probes.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await abort.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        await probes.WaitCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(probes.WaitCancelled.Task.IsCompletedSuccessfully);
        await server.Client.AssertHealthyAsync();
    }
}
