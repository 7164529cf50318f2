using Bff.ServiceDefaults.Correlation;
using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.Tests.Correlation;

public class CorrelationIdTests
{
    [Theory]
    [InlineData("abc-123_x.y", true)]
    [InlineData("", false)]
    [InlineData("has space", false)]
    [InlineData("semi;colon", false)]
    [InlineData("ünïcode", false)]
    public void OnlyShortIdsOfSafeCharactersAreAccepted(string value, bool expected) =>
        Assert.Equal(expected, CorrelationId.IsValid(value));

    [Fact]
    public void IdsLongerThanSixtyFourCharactersAreRejected()
    {
        Assert.True(CorrelationId.IsValid(new string('a', 64)));
        Assert.False(CorrelationId.IsValid(new string('a', 65)));
    }

    [Fact]
    public void TheIdIsDecidedOncePerRequest()
    {
        var context = new DefaultHttpContext();
        var first = CorrelationId.Get(context);

        Assert.Equal(first, CorrelationId.Get(context));
        Assert.True(CorrelationId.IsValid(first));
    }
}
