using Bff.ServiceDefaults.Correlation;
using Bff.ServiceDefaults.Telemetry;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;

namespace Bff.ServiceDefaults.Tests.Logging;

public class RequestLoggingTests
{
    private static readonly Dictionary<string, string?> InformationLevel = new() { ["Serilog:MinimumLevel:Default"] = "Information" };

    [Fact]
    public async Task EachRequestWritesOneLineWithMethodPathStatusDurationAndGraphQLOperation()
    {
        var sink = new CapturingSink();
        await using var app = await TestApp.StartAsync(
            InformationLevel,
            configure: b => b.Services.AddSingleton<ILogEventSink>(sink),
            map: a => a.MapPost("/graphql", (HttpContext c) =>
            {
                GraphQLOperation.Set(c, "GetProduct", "query");
                return Results.Ok();
            }));

        using var response = await app.Client.PostAsync(new Uri("/graphql", UriKind.Relative), null);

        var line = await sink.WaitForAsync(IsRequestLine);
        Assert.Equal("POST", CapturingSink.Scalar(line, "RequestMethod"));
        Assert.Equal("/graphql", CapturingSink.Scalar(line, "RequestPath"));
        Assert.Equal("200", CapturingSink.Scalar(line, "StatusCode"));
        Assert.Equal("GetProduct", CapturingSink.Scalar(line, "GraphQLOperation"));
        Assert.Equal("query", CapturingSink.Scalar(line, "GraphQLOperationType"));
        Assert.NotNull(CapturingSink.Scalar(line, "CorrelationId"));
        Assert.NotNull(CapturingSink.Scalar(line, "TraceId"));
        Assert.NotNull(CapturingSink.Scalar(line, "SpanId"));
        Assert.True(double.Parse(CapturingSink.Scalar(line, "Elapsed")!, System.Globalization.CultureInfo.CurrentCulture) >= 0);
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Single(sink.Events, IsRequestLine);
    }

    [Fact]
    public async Task AFailingRequestIsLoggedAsAnErrorWithStatus500()
    {
        var sink = new CapturingSink();
        await using var app = await TestApp.StartAsync(
            InformationLevel,
            configure: b => b.Services.AddSingleton<ILogEventSink>(sink),
            map: a => a.MapGet("/fail", IResult () => throw new InvalidOperationException("boom")));

        using var response = await app.Client.GetAsync(new Uri("/fail", UriKind.Relative));

        var line = await sink.WaitForAsync(IsRequestLine);
        Assert.Equal("500", CapturingSink.Scalar(line, "StatusCode"));
        Assert.Equal(LogEventLevel.Error, line.Level);
        Assert.IsType<InvalidOperationException>(line.Exception);
    }

    [Fact]
    public async Task EveryLineWrittenDuringARequestCarriesItsCorrelationId()
    {
        var sink = new CapturingSink();
        var config = new Dictionary<string, string?>(InformationLevel)
        {
            // Let ASP.NET Core's own "Request starting/finished" lines through: they are written outside the middleware.
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Information",
        };
        await using var app = await TestApp.StartAsync(
            config,
            configure: b => b.Services.AddSingleton<ILogEventSink>(sink),
            map: a => a.MapGet("/work", (ILogger<RequestLoggingTests> logger) =>
            {
                logger.LogInformation("Doing the work");
                return "done";
            }));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/work");
        request.Headers.Add(CorrelationId.HeaderName, "corr-work-1");

        using var response = await app.Client.SendAsync(request);
        await sink.WaitForAsync(e => e.MessageTemplate.Text.StartsWith("Request finished", StringComparison.Ordinal));

        var lines = sink.Events.Where(e => CapturingSink.Scalar(e, "RequestPath") == "/work").ToList();
        Assert.Contains(lines, e => e.MessageTemplate.Text == "Doing the work");
        Assert.Contains(lines, e => e.MessageTemplate.Text.StartsWith("Request starting", StringComparison.Ordinal));
        Assert.Contains(lines, IsRequestLine);
        Assert.All(lines, e => Assert.Equal("corr-work-1", CapturingSink.Scalar(e, "CorrelationId")));
        Assert.All(lines, e => Assert.NotNull(CapturingSink.Scalar(e, "TraceId")));
    }

    [Fact]
    public async Task HealthProbesAreLoggedBelowInformation()
    {
        var sink = new CapturingSink();
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Debug" },
            configure: b => b.Services.AddSingleton<ILogEventSink>(sink));

        using var response = await app.Client.GetAsync(new Uri("/health/live", UriKind.Relative));

        var line = await sink.WaitForAsync(IsRequestLine);
        Assert.Equal(LogEventLevel.Debug, line.Level);
    }

    [Fact]
    public async Task AnEndpointAnswering5xxIsLoggedAsAnError()
    {
        var sink = new CapturingSink();
        await using var app = await TestApp.StartAsync(
            InformationLevel,
            configure: b => b.Services.AddSingleton<ILogEventSink>(sink),
            map: a => a.MapGet("/unavailable", () => Results.StatusCode(503)));

        using var response = await app.Client.GetAsync(new Uri("/unavailable", UriKind.Relative));

        var line = await sink.WaitForAsync(IsRequestLine);
        Assert.Equal("503", CapturingSink.Scalar(line, "StatusCode"));
        Assert.Equal(LogEventLevel.Error, line.Level);
    }

    [Fact]
    public async Task ARequestTheClientAbandonedIsLoggedAtInformationAsAbortedNotAsAServerError()
    {
        var sink = new CapturingSink();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await TestApp.StartAsync(
            InformationLevel,
            configure: b => b.Services.AddSingleton<ILogEventSink>(sink),
            map: a => a.MapGet("/slow", async (HttpContext c) =>
            {
                started.SetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, c.RequestAborted);
                return "never";
            }));

        using var gone = new CancellationTokenSource();
        var request = app.Client.GetAsync(new Uri("/slow", UriKind.Relative), gone.Token);
        await started.Task;
        await gone.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        var line = await sink.WaitForAsync(IsRequestLine);
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Equal("True", CapturingSink.Scalar(line, "ClientAborted"));
    }

    [Fact]
    public async Task CacheAndResilienceLibrariesPassOnlyTheirWarningsByDefault()
    {
        var sink = new CapturingSink();
        await using var app = await TestApp.StartAsync(
            InformationLevel,
            configure: b => b.Services.AddSingleton<ILogEventSink>(sink),
            map: a => a.MapGet("/libraries", (ILoggerFactory loggers) =>
            {
                foreach (var category in new[] { "ZiggyCreatures.Caching.Fusion.FusionCache", "Polly" })
                {
                    var logger = loggers.CreateLogger(category);
                    logger.LogInformation("routine {Category}", category);
                    logger.LogWarning("trouble {Category}", category);
                }

                return "logged";
            }));

        using var response = await app.Client.GetAsync(new Uri("/libraries", UriKind.Relative));
        await sink.WaitForAsync(IsRequestLine);

        var library = sink.Events.Where(e => CapturingSink.Scalar(e, "Category") is not null).ToList();
        Assert.Equal(["trouble", "trouble"], library.Select(e => e.MessageTemplate.Text.Split(' ')[0]));
        Assert.All(library, e => Assert.Equal(LogEventLevel.Warning, e.Level));
    }

    private static bool IsRequestLine(LogEvent e) => e.MessageTemplate.Text.StartsWith("HTTP {RequestMethod}", StringComparison.Ordinal);
}
