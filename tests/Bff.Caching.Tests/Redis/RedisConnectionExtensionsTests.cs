using System.Diagnostics;
using Bff.Caching.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bff.Caching.Tests.Redis;

public class RedisConnectionExtensionsTests
{
    [Fact]
    public void TheConnectionStringComesFromRedisConfiguration()
    {
        using var services = Build(new() { ["Redis:Configuration"] = "127.0.0.1:6390" });

        Assert.Equal("127.0.0.1:6390", services.GetRequiredService<IOptions<RedisConnectionOptions>>().Value.Configuration);
    }

    [Fact]
    public void InvalidOptionsFailWithTheKeyName()
    {
        using var services = Build(new() { ["Redis:CommandTimeout"] = "00:05:00" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RedisConnectionOptions>>().Value);
        Assert.Contains("CommandTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CallingItTwiceStillRegistersOneMultiplexer()
    {
        var services = new ServiceCollection();
        services.AddRedisConnection();
        services.AddRedisConnection();

        Assert.Single(services, d => d.ServiceType == typeof(IConnectionMultiplexer));
    }

    [Fact]
    public async Task WhileRedisIsDownCommandsFailAtOnceInsteadOfQueueing()
    {
        await using var dead = await RedisServer.StartAsync();
        dead.Kill();
        using var services = Build(new() { ["Redis:Configuration"] = dead.Configuration, ["Redis:CommandTimeout"] = "00:00:05" });
        var multiplexer = services.GetRequiredService<IConnectionMultiplexer>();

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<RedisConnectionException>(() => multiplexer.GetDatabase().StringGetAsync("k"));

        // Far below the 5 s command timeout a queued command would wait.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddRedisConnection();
        return services.BuildServiceProvider();
    }
}
