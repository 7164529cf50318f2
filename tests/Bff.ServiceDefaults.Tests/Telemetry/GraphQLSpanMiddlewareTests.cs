using System.Diagnostics;
using Bff.ServiceDefaults.Telemetry;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.Tests.Telemetry;

public class GraphQLSpanMiddlewareTests
{
    [Fact]
    public async Task GraphQLRequestsGetAnOperationSpanNamedAfterTheOperationInTheCallersTrace()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == BffTelemetry.GraphQLSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.TraceId == traceId)
                {
                    lock (spans)
                    {
                        spans.Add(a);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await using var app = await TestApp.StartAsync(map: a => a.MapPost("/graphql", (HttpContext c) =>
        {
            GraphQLOperation.Set(c, "GetProduct", "query");
            return Results.Ok();
        }));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-b7ad6b7169203331-01");

        using var response = await app.Client.SendAsync(request);

        var span = Assert.Single(spans);
        Assert.Equal("query GetProduct", span.DisplayName);
        Assert.Equal("GetProduct", span.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", span.GetTagItem("graphql.operation.type"));
        Assert.Equal(traceId, span.TraceId);
    }

    [Fact]
    public async Task OtherPathsGetNoGraphQLSpan()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var spans = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == BffTelemetry.GraphQLSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => Interlocked.Add(ref spans, a.TraceId == traceId ? 1 : 0),
        };
        ActivitySource.AddActivityListener(listener);
        await using var app = await TestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ping");
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-b7ad6b7169203331-01");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal("pong", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, spans);
    }
}
