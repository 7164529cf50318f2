namespace Bff.Caching.Invalidation;

/// <summary>Carries L1 evictions between instances.</summary>
internal interface ICacheInvalidationBus
{
    /// <summary>Sends a message; a failure only costs other instances their early eviction, so it never throws.</summary>
    Task PublishAsync(InvalidationMessage message);

    /// <summary>
    /// Registers the receiver. <paramref name="onResync"/> runs when the bus reconnects after
    /// an outage, during which messages may have been lost.
    /// </summary>
    void Subscribe(Action<InvalidationMessage> onMessage, Action onResync);
}
