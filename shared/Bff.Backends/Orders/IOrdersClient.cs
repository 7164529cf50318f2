using Bff.Backends.Http;
using Refit;

namespace Bff.Backends.Orders;

/// <summary>The orders backend, for the calling user (their bearer token is forwarded).</summary>
public interface IOrdersClient
{
    /// <summary>The caller's orders, newest first; <paramref name="page"/> is 1-based, <paramref name="pageSize"/> at most 50.</summary>
    [Get("/orders")]
    Task<Paged<OrderSummary>> GetOrdersAsync(int? page = null, int? pageSize = null, CancellationToken cancellationToken = default);

    /// <summary>One of the caller's orders, or null when it does not exist or belongs to someone else.</summary>
    [Get("/orders/{id}")]
    [NullOn404]
    Task<Order?> GetOrderAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Places an order. A retry with the same <paramref name="idempotencyKey"/> and body returns the first order;
    /// the same key with another body is a 422. Invalid lines or addresses are a 400.
    /// </summary>
    [Post("/orders")]
    Task<Order> PlaceOrderAsync(
        [Body] PlaceOrderRequest order, [Header("Idempotency-Key")] string? idempotencyKey = null, CancellationToken cancellationToken = default);
}
