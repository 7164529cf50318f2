namespace Bff.Caching.Invalidation;

/// <summary>The bus of a single instance without Redis: there is nobody to tell.</summary>
internal sealed class NullInvalidationBus : ICacheInvalidationBus
{
    public Task PublishAsync(InvalidationMessage message) => Task.CompletedTask;

    public void Subscribe(Action<InvalidationMessage> onMessage, Action onResync)
    {
    }
}
