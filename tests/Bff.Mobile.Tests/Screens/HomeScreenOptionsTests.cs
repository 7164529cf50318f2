using Bff.Mobile.Tests.Support;
using Microsoft.Extensions.Options;

namespace Bff.Mobile.Tests.Screens;

[Collection(MobileCollection.Name)]
public sealed class HomeScreenOptionsTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public void AFeaturedIdThatIsNotAProductIdFailsStartUpNamingTheKey()
    {
        var failure = Assert.ThrowsAny<Exception>(() => new MobileHost(demo, redis, overrides: new Dictionary<string, string?>
        {
            ["Mobile:Home:FeaturedProductIds:0"] = "../..",
        }));

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(failure));
        Assert.Contains("Mobile:Home:FeaturedProductIds", validation.Message, StringComparison.Ordinal);
    }

    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;
}
