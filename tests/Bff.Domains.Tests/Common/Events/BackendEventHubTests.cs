using System.Text.Json.Serialization;
using Bff.Domains.Common.Events;
using Bff.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bff.Domains.Tests.Common.Events;

/// <summary>The hub over a real redis-server: what a BFF instance's subscribers see when a backend publishes once.</summary>
public sealed class BackendEventHubTests(RedisFixture redis) : IClassFixture<RedisFixture>, IAsyncLifetime
{
    private const string Channel = "test:events";
    private readonly List<IAsyncDisposable> owned = [];
    private ConnectionMultiplexer publisher = null!;

    public async Task InitializeAsync() => publisher = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration);

    public async Task DisposeAsync()
    {
        foreach (var item in owned)
        {
            await item.DisposeAsync();
        }

        await publisher.DisposeAsync();
    }

    [Fact]
    public async Task EachSubscriberGetsOnlyTheEventsItsFilterKeeps()
    {
        var hub = await HubAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var alice = Take(hub, "alice", 2, timeout.Token);
        var bob = Take(hub, "bob", 1, timeout.Token);
        await Eventually.TrueAsync(() => hub.SubscriberCount(Channel) == 2);

        await PublishAsync("alice", 1);
        await PublishAsync("bob", 2);
        await PublishAsync("alice", 3);

        Assert.Equal([1, 3], (await alice).Select(e => e.Sequence));
        Assert.Equal([2], (await bob).Select(e => e.Sequence));
    }

    [Fact]
    public async Task TwoInstancesBothReceiveAnEventPublishedOnce()
    {
        var first = await HubAsync();
        var second = await HubAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var onFirst = Take(first, "carol", 1, timeout.Token);
        var onSecond = Take(second, "carol", 1, timeout.Token);
        await Eventually.TrueAsync(() => first.SubscriberCount(Channel) == 1 && second.SubscriberCount(Channel) == 1);

        var receivers = await PublishAsync("carol", 7);

        Assert.Equal(2, receivers); // one Redis subscription per instance, however many subscribers each has
        Assert.Equal(7, (await onFirst).Single().Sequence);
        Assert.Equal(7, (await onSecond).Single().Sequence);
    }

    [Fact]
    public async Task ASubscriberThatDoesNotReadIsDroppedWithAClearErrorAndTheOthersGoOn()
    {
        var hub = await HubAsync(buffer: 4);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var stalled = hub.SubscribeAsync(Channel, TestEventsContext.Default.TestEvent, _ => true, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var started = stalled.MoveNextAsync(); // subscribes, then waits for the first event: read once, then never again
        await Eventually.TrueAsync(() => hub.SubscriberCount(Channel) == 1);
        var reader = Take(hub, "dave", 10, timeout.Token);
        await Eventually.TrueAsync(() => hub.SubscriberCount(Channel) == 2);

        for (var i = 1; i <= 10; i++)
        {
            await PublishAsync("dave", i);
        }

        Assert.True(await started);
        Assert.Equal(Enumerable.Range(1, 10), (await reader).Select(e => e.Sequence));
        var error = await Assert.ThrowsAsync<BackendEventsException>(async () =>
        {
            while (await stalled.MoveNextAsync())
            {
            }
        });
        Assert.Equal(DomainErrorCodes.SubscriberTooSlow, error.Code);
        Assert.Equal(0, hub.SubscriberCount(Channel));
    }

    [Fact]
    public async Task LeavingRemovesTheSubscriberAndMalformedMessagesAreSkipped()
    {
        var hub = await HubAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var one = Take(hub, "erin", 1, timeout.Token);
        await Eventually.TrueAsync(() => hub.SubscriberCount(Channel) == 1);

        await publisher.GetSubscriber().PublishAsync(RedisChannel.Literal(Channel), "{not json");
        await PublishAsync("erin", 5);

        Assert.Equal(5, (await one).Single().Sequence);
        Assert.Equal(0, hub.SubscriberCount(Channel));
    }

    [Fact]
    public async Task CancellingEndsTheSubscription()
    {
        var hub = await HubAsync();
        using var cancel = new CancellationTokenSource();
        var reading = Take(hub, "frank", 1, cancel.Token);
        await Eventually.TrueAsync(() => hub.SubscriberCount(Channel) == 1);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        Assert.Equal(0, hub.SubscriberCount(Channel));
    }

    [Fact]
    public async Task WithoutRedisSubscribingSaysLiveUpdatesAreUnavailable()
    {
        await using var hub = new BackendEventHub([], Options.Create(new BackendEventsOptions()), NullLogger<BackendEventHub>.Instance);

        var error = await Assert.ThrowsAsync<BackendEventsException>(() => Take(hub, "gina", 1, CancellationToken.None));

        Assert.Equal(DomainErrorCodes.LiveUpdatesUnavailable, error.Code);
    }

    [Fact]
    public async Task WithRedisUnreachableSubscribingSaysLiveUpdatesAreUnavailable()
    {
        var options = ConfigurationOptions.Parse($"127.0.0.1:{RedisServer.FreePort()}");
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 500;
        options.SyncTimeout = 500;
        options.AsyncTimeout = 500;
        await using var down = await ConnectionMultiplexer.ConnectAsync(options);
        await using var hub = new BackendEventHub([down], Options.Create(new BackendEventsOptions()), NullLogger<BackendEventHub>.Instance);

        var error = await Assert.ThrowsAsync<BackendEventsException>(() => Take(hub, "hank", 1, CancellationToken.None));

        Assert.Equal(DomainErrorCodes.LiveUpdatesUnavailable, error.Code);
    }

    [Fact]
    public async Task DisposingWhileRedisDoesNotAnswerThrowsNothing()
    {
        await using var server = await RedisServer.StartAsync();
        var options = ConfigurationOptions.Parse(server.Configuration);
        options.AsyncTimeout = 500;
        await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
        await using var admin = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
        var hub = new BackendEventHub([connection], Options.Create(new BackendEventsOptions()), NullLogger<BackendEventHub>.Instance);
        var listening = Take(hub, "ivan", 1, CancellationToken.None);
        await Eventually.TrueAsync(() => hub.SubscriberCount(Channel) == 1);

        // Redis holds every client's commands for 3 s: an awaited UNSUBSCRIBE would time out after 0.5 s.
        await admin.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", "3000", "ALL");
        await hub.DisposeAsync();

        // The subscriber was told the stream ended; shutting down did not wait for Redis's answer.
        Assert.Empty(await listening);
    }

    private async Task<BackendEventHub> HubAsync(int buffer = 64)
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration);
        var hub = new BackendEventHub([connection], Options.Create(new BackendEventsOptions { SubscriberBuffer = buffer }), NullLogger<BackendEventHub>.Instance);
        owned.Add(hub);
        owned.Add(connection);
        return hub;
    }

    private static async Task<List<TestEvent>> Take(BackendEventHub hub, string user, int count, CancellationToken cancellationToken)
    {
        var received = new List<TestEvent>();
        await foreach (var item in hub.SubscribeAsync(Channel, TestEventsContext.Default.TestEvent, e => e.User == user, cancellationToken))
        {
            received.Add(item);
            if (received.Count == count)
            {
                break;
            }
        }

        return received;
    }

    private Task<long> PublishAsync(string user, int sequence) =>
        publisher.GetSubscriber().PublishAsync(RedisChannel.Literal(Channel), $$"""{"user":"{{user}}","sequence":{{sequence}}}""");
}

/// <summary>An event as a backend would publish it.</summary>
public sealed record TestEvent(string User, int Sequence);

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TestEvent))]
internal sealed partial class TestEventsContext : JsonSerializerContext;
