using System.Collections.Concurrent;
using System.Text.Json;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Hosting;

/// <summary>
/// Banana Cake Pop, as bff-web serves it at /graphql, running <c>notificationAdded</c> in headless Chromium: a developer
/// enters their token as a Bearer token in the document's connection settings and runs the subscription; the demo
/// notifications service publishes on a real redis-server and the notification shows in the IDE's response pane.
/// </summary>
public sealed class IdeSubscriptionTests(LiveEventsFixture live) : IClassFixture<LiveEventsFixture>
{
    private const string Operation = "subscription { notificationAdded { id kind title } }";

    // auto: the IDE's default, which probes a WebSocket and speaks graphql-transport-ws when the service picks it.
    [Theory]
    [InlineData("auto", "u-080")]
    [InlineData("graphql-sse", "u-081")]
    public async Task TheIdeRunsNotificationAddedWithTheUsersBearerTokenAndShowsWhatTheBackendPublishes(string protocol, string user)
    {
        using var bff = new WebBff(live.Demo, live.Redis);
        var token = await live.Demo.TokenForAsync(user);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", $"bff-web-notification-added-{protocol}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);
        var endpoint = new Uri(bff.Http.BaseAddress!, "/graphql");
        var marker = "Seen in the IDE " + Guid.NewGuid().ToString("N");

        // The test cannot see when the IDE has subscribed: the backend publishes a numbered notification every second
        // for as long as the browser runs, and the IDE must show one of them.
        var published = new ConcurrentQueue<string>();
        using var browserDone = new CancellationTokenSource();
        var publishing = PublishUntilCancelledAsync(user, marker, published, browserDone.Token);
        BrowserReport report;
        try
        {
            report = await BananaCakePopBrowser.UseAsync(endpoint, screenshot, new BananaCakePopPlan(
                Operation,
                // In quotes: the response's JSON, not the operation's text.
                ResponseTexts: [$"\"title\": \"{marker} #", "\"kind\": \"promotion\""],
                Token: token,
                SubscriptionProtocol: protocol,
                Subscription: true));
        }
        finally
        {
            await browserDone.CancelAsync();
            await publishing;
        }

        Assert.True(report.Ok, $"The IDE did not get through (screenshot: {screenshot}): {report}");
        Assert.Equal(Operation, report.Operation);
        Assert.True(report.PageErrors.Length == 0, string.Join('\n', report.PageErrors));
        Assert.Empty(report.FailedRequests);
        Assert.All(report.Requests, request => Assert.StartsWith(endpoint.ToString(), request.Split(' ')[1], StringComparison.Ordinal));
        if (protocol == "graphql-sse")
        {
            // graphql-sse's distinct connections: a POST to the endpoint, the token in its Authorization header.
            Assert.DoesNotContain(report.WebSockets, s => s.Sent.Length > 0);
            var stream = Assert.Single(report.EventStreams);
            Assert.Equal(("POST", endpoint.ToString()), (stream.Method, stream.Url));
            Assert.Equal("Bearer " + token, stream.Headers["authorization"]);
        }
        else
        {
            AssertSubscribedOverTheWebSocket(report, endpoint, token, published);
        }

        var png = await File.ReadAllBytesAsync(screenshot);
        Assert.True(png.Length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', $"{screenshot} ({png.Length} bytes) is not a screenshot: {report}");
    }

    private static void AssertSubscribedOverTheWebSocket(BrowserReport report, Uri endpoint, string token, IEnumerable<string> published)
    {
        // The IDE's socket, on the endpoint's own address: graphql-transport-ws messages, the token in connection_init.
        var socket = Assert.Single(report.WebSockets, s => s.Sent.Any(f => TypeOf(f) == "subscribe"));
        Assert.Equal(new UriBuilder(endpoint) { Scheme = "ws" }.Uri.ToString(), socket.Url);
        using var init = JsonDocument.Parse(socket.Sent[0]);
        Assert.Equal("connection_init", init.RootElement.GetProperty("type").GetString());
        Assert.Equal("Bearer " + token, init.RootElement.GetProperty("payload").GetProperty("authorization").GetString());
        Assert.Equal("connection_ack", TypeOf(socket.Received[0]));
        Assert.DoesNotContain(socket.Received, f => TypeOf(f) is "error" or "complete");

        // What the IDE showed came from the backend: a notification the test had it publish, to this user.
        var titles = socket.Received.Where(f => TypeOf(f) == "next").Select(TitleOf).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.Contains(title, published));
    }

    [Fact]
    public async Task WithoutATokenTheIdeShowsTheSubscriptionFailedBecauseTheFieldIsUnauthenticated()
    {
        using var bff = new WebBff(live.Demo, live.Redis);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "bff-web-notification-added-anonymous.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        var endpoint = new Uri(bff.Http.BaseAddress!, "/graphql");

        // The source stream could not be created: the service answers a next with the errors, then complete, which the
        // IDE shows in its response pane (it would show no text for an error message).
        var report = await BananaCakePopBrowser.UseAsync(endpoint, screenshot, new BananaCakePopPlan(
            Operation, ResponseTexts: ["UNAUTHENTICATED"], Subscription: true));

        Assert.True(report.Ok, $"The IDE did not get through (screenshot: {screenshot}): {report}");
        var socket = Assert.Single(report.WebSockets, s => s.Sent.Any(f => TypeOf(f) == "subscribe"));
        using var init = JsonDocument.Parse(socket.Sent[0]);
        Assert.False(init.RootElement.GetProperty("payload").TryGetProperty("authorization", out _));
        var next = Assert.Single(socket.Received, f => TypeOf(f) == "next");
        using var result = JsonDocument.Parse(next);
        var payload = result.RootElement.GetProperty("payload");
        Assert.False(payload.TryGetProperty("data", out _), next);
        Assert.Equal("UNAUTHENTICATED", payload.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(socket.Received, f => TypeOf(f) == "complete");
        Assert.DoesNotContain(socket.Received, f => TypeOf(f) == "error");
    }

    private async Task PublishUntilCancelledAsync(string user, string marker, ConcurrentQueue<string> published, CancellationToken stop)
    {
        using var every = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            for (var n = 1; ; n++)
            {
                var title = $"{marker} #{n}";
                published.Enqueue(title);
                await live.Demo.AdminPostAsync("Notifications", "/admin/notifications", new { userId = user, kind = "promotion", title, body = "Shown by the IDE." });
                await every.WaitForNextTickAsync(stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The browser is done.
        }
    }

    private static string? TypeOf(string frame)
    {
        using var json = JsonDocument.Parse(frame);
        return json.RootElement.TryGetProperty("type", out var type) ? type.GetString() : null;
    }

    private static string? TitleOf(string frame)
    {
        using var json = JsonDocument.Parse(frame);
        return json.RootElement.GetProperty("payload").GetProperty("data").GetProperty("notificationAdded").GetProperty("title").GetString();
    }
}
