namespace Bff.Caching.Tests;

public class CacheKeysTests
{
    [Fact]
    public void PublicKeysNameTheirDomainVersionAndId() =>
        Assert.Equal("catalog:v2:42", CacheKeys.Public("catalog", "v2", "42").Value);

    [Fact]
    public void PrivateKeysNameTheirDomainAndUser()
    {
        var key = CacheKeys.ForUser("orders", "alice", "7");

        Assert.Equal("orders:user:alice:7", key.Value);
        Assert.True(key.IsPrivate);
    }

    [Fact]
    public void AUserIdContainingSeparatorsCannotForgeAnotherUsersKey()
    {
        var forged = CacheKeys.ForUser("orders", "alice:7", "x");
        var real = CacheKeys.ForUser("orders", "alice", "7:x");

        Assert.NotEqual(real.Value, forged.Value);
        Assert.Equal("orders:user:alice%3A7:x", forged.Value);
    }

    [Fact]
    public void EscapedInputIsNotConfusedWithEscapedSeparators() =>
        Assert.NotEqual(CacheKeys.Public("d", "v", "a%3Ab").Value, CacheKeys.Public("d", "v", "a:b").Value);

    [Fact]
    public void PublicKeysCannotUseThePrivateSegmentAsVersion() =>
        Assert.Throws<ArgumentException>(() => CacheKeys.Public("orders", "user", "alice"));

    [Fact]
    public void NoPublicKeySpellsAPrivateKey()
    {
        var privateKey = CacheKeys.ForUser("orders", "alice", "7").Value;

        Assert.NotEqual(privateKey, CacheKeys.Public("orders", "user:alice", "7").Value);
        Assert.NotEqual(privateKey, CacheKeys.Public("orders", "usr", "alice:7").Value);
    }

    [Fact]
    public void NoKeyReachesFusionCachesTagEntries() =>
        Assert.Throws<ArgumentException>(() => CacheKeys.Public("__fc", "t", "products"));

    [Fact]
    public void KeysNameTheirDomainForMetrics() =>
        Assert.Equal(("orders", true), (CacheKeys.ForUser("orders", "alice", "7").Domain, CacheKeys.ForUser("orders", "alice", "7").IsPrivate));

    [Fact]
    public void DomainsCannotUseTheReservedPrefix() =>
        Assert.Throws<ArgumentException>(() => CacheKeys.Public("__tag", "v1", "x"));

    [Fact]
    public void EmptyPartsAreRejected() =>
        Assert.Throws<ArgumentException>(() => CacheKeys.ForUser("orders", "", "7"));
}
