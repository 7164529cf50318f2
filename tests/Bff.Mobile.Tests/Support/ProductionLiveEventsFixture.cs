namespace Bff.Mobile.Tests.Support;

/// <summary>
/// A redis-server and the demo backends publishing their events on it, as <see cref="LiveEventsFixture"/>, but signing
/// tokens with a key of their own: bff-mobile in Production refuses the public development key, so the BFF under test
/// gets <see cref="Settings"/> and accepts the tokens the backends mint, which the orders service accepts too.
/// </summary>
public sealed class ProductionLiveEventsFixture : IAsyncLifetime
{
    private const string SigningKey = "a-production-live-events-key-for-tests-0123456789";
    private const string Issuer = "bff-live-test";
    private const string Audience = "bff-live-test";

    /// <summary>The Redis both the backends and the BFFs under test use.</summary>
    public RedisFixture Redis { get; } = new();

    /// <summary>The demo backends, publishing on <see cref="Redis"/>; set once started.</summary>
    public DemoBackendsProcess Demo { get; private set; } = null!;

    /// <summary>The BFF's token settings matching the backends'.</summary>
    public static Dictionary<string, string?> Settings => new()
    {
        ["Auth:Jwt:SigningKey"] = SigningKey,
        ["Auth:Jwt:Issuer"] = Issuer,
        ["Auth:Jwt:Audience"] = Audience,
    };

    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        Demo = new DemoBackendsProcess { EventsRedis = Redis.Server.Configuration, Jwt = (SigningKey, Issuer, Audience) };
        await Demo.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (Demo is not null)
        {
            await Demo.DisposeAsync();
        }

        await Redis.DisposeAsync();
    }
}
