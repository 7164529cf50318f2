using Bff.Domains.Common;
using Bff.GraphQL.Types;

namespace Bff.Domains.Tests.Common;

public sealed class DateTimeScalarTests
{
    [Fact]
    public void InstantsAreWrittenInUtcWithMilliseconds()
    {
        var scalar = DateTimeScalar.Create();

        Assert.Equal("2024-01-15T09:30:00.250Z", scalar.Serialize(new DateTimeOffset(2024, 1, 15, 10, 30, 0, 250, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void OnlyUtcInstantsAreReadAndOtherValuesAreCoercionErrors()
    {
        var scalar = DateTimeScalar.Create();

        Assert.Equal(new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero), scalar.ParseValue("2024-01-15T10:30:00Z"));
        Assert.Throws<GraphQLCoercionException>(() => scalar.ParseValue("2024-01-15T10:30:00+01:00"));
        Assert.Throws<GraphQLCoercionException>(() => scalar.ParseValue("yesterday"));
        Assert.Throws<GraphQLCoercionException>(() => scalar.Serialize("2024"));
    }
}
