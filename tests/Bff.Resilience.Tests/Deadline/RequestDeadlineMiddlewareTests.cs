using Bff.Resilience.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Bff.Resilience.Tests.Deadline;

public class RequestDeadlineMiddlewareTests
{
    private readonly FakeTimeProvider clock = new();

    [Theory]
    [InlineData(null, 10)]
    [InlineData("2.5", 2.5)]
    [InlineData("60", 10)]
    [InlineData("soon", 10)]
    [InlineData("-1", 10)]
    public async Task TheCallerMayShortenButNeverExtendTheConfiguredBudget(string? header, double expectedSeconds)
    {
        RequestDeadline? seen = null;
        var middleware = new RequestDeadlineMiddleware(ctx => { seen = ctx.Features.Get<RequestDeadline>(); return Task.CompletedTask; }, TimeSpan.FromSeconds(10), clock);
        var context = new DefaultHttpContext();
        if (header is not null)
        {
            context.Request.Headers["X-Request-Timeout"] = header;
        }

        await middleware.InvokeAsync(context);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), seen!.Remaining);
    }

    [Fact]
    public void TheHttpContextAccessorReadsTheDeadlineOfTheCurrentRequest()
    {
        var context = new DefaultHttpContext();
        var deadline = RequestDeadline.Start(TimeSpan.FromSeconds(1), clock);
        context.Features.Set(deadline);
        var accessor = new HttpContextRequestDeadlineAccessor(new HttpContextAccessor { HttpContext = context });

        Assert.Same(deadline, accessor.Current);
    }
}
