using Bff.Domains.Common;
using Bff.GraphQL.Execution;

namespace Bff.Domains.Tests.Common;

public sealed class IdsTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("42")]
    [InlineData("999")]
    [InlineData("4999")]
    [InlineData("5000")]
    [InlineData("5001")]
    [InlineData("999999999")]
    public void ProductIdsAreNumbersFromOneTo999999999(string id) => Assert.True(Ids.Product.IsValid(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("01")]
    [InlineData("1000000000")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("..")]
    [InlineData("../1")]
    [InlineData("%2e%2e")]
    [InlineData("1/")]
    [InlineData("１")]
    [InlineData("1\n")]
    public void AnythingElseIsNotAProductId(string? id) => Assert.False(Ids.Product.IsValid(id));

    [Theory]
    [InlineData("c-01", true)]
    [InlineData("c-1", false)]
    [InlineData("../c-01", false)]
    [InlineData("C-01", false)]
    public void CategoryIdsLookLikeC01(string id, bool valid) => Assert.Equal(valid, Ids.Category.IsValid(id));

    [Theory]
    [InlineData("checkout-0123456789", true)]
    [InlineData("short", false)]
    [InlineData("has space in it", false)]
    [InlineData("../../../../orders", false)]
    public void IdempotencyKeysAreShortTokens(string key, bool valid) => Assert.Equal(valid, Ids.IdempotencyKey.IsValid(key));

    [Fact]
    public void ARefusedIdNamesTheArgumentButNotTheValue()
    {
        var error = Assert.Throws<GraphQLException>(() => Ids.Store.Check("<script>", "storeId"));

        Assert.Equal("BAD_USER_INPUT", error.Code);
        Assert.Contains("storeId", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIdLongerThanAnyShapeIsRefusedWithoutMatching() =>
        Assert.False(Ids.IdempotencyKey.IsValid(new string('a', 65)));
}
