using System.Diagnostics;
using System.Net;
using Bff.Backends.Propagation;

namespace Bff.Backends.Tests.Propagation;

public sealed class BackendActivityHandlerTests : IDisposable
{
    // A host of this test instance's own: the listener also hears other tests' backend calls running in parallel.
    private readonly Uri url = new($"http://pricing-{Guid.NewGuid():N}.test/prices?productIds=1");
    private readonly List<Activity> stopped = [];
    private readonly ActivityListener listener;

    public BackendActivityHandlerTests()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Bff.Backends",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (stopped)
                {
                    stopped.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    [Fact]
    public async Task EachBackendCallIsOneSpanNamedAfterTheBackendWithItsStatus()
    {
        using var client = Client(HttpStatusCode.OK);

        using var response = await client.GetAsync(url);

        var span = Assert.Single(Spans());
        Assert.Equal("pricing GET", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("pricing", span.GetTagItem("bff.backend"));
        Assert.Equal("/prices", span.GetTagItem("url.path"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    [Fact]
    public async Task AFailedCallMarksItsSpanAsAnError()
    {
        using var client = Client(HttpStatusCode.ServiceUnavailable);

        using var response = await client.GetAsync(url);

        Assert.Equal(ActivityStatusCode.Error, Assert.Single(Spans()).Status);
    }

    public void Dispose() => listener.Dispose();

    private List<Activity> Spans()
    {
        lock (stopped)
        {
            return stopped.Where(a => (string?)a.GetTagItem("server.address") == url.Host).ToList();
        }
    }

    private static HttpClient Client(HttpStatusCode status) =>
        new(new BackendActivityHandler("pricing") { InnerHandler = new StatusHandler(status) });

    private sealed class StatusHandler(HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status));
    }
}
