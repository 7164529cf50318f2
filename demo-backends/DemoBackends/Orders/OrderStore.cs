using System.Text.Json;
using DemoBackends.Data;

namespace DemoBackends.Orders;

internal enum PlaceOutcome
{
    Created,
    Replayed,
    KeyReusedWithDifferentBody,
}

internal enum StatusOutcome
{
    Changed,
    NotFound,
    NotAllowed,
}

/// <summary>
/// Generated history plus the orders placed since start. An idempotency key is remembered per user with
/// a fingerprint of the request, so a retried POST gets the first order back instead of a duplicate.
/// </summary>
internal sealed class OrderStore(DemoData data, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<Order>> placed = new(StringComparer.Ordinal);
    private readonly Dictionary<(string User, string Key), (string Fingerprint, Order Order)> byKey = [];
    private readonly Dictionary<string, Order> placedById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> statuses = new(StringComparer.Ordinal);
    private int nextNumber = data.Orders.Count + 1;

    public IReadOnlyList<Order> ForUser(string userId)
    {
        lock (gate)
        {
            var recent = placed.GetValueOrDefault(userId) ?? [];
            return [.. Enumerable.Reverse(recent).Concat(data.Orders.ForUser(userId)).Select(WithStatus)];
        }
    }

    /// <summary>Moves an order to <paramref name="status"/> if <see cref="OrderStatuses"/> allows it from where it is.</summary>
    public (StatusOutcome Outcome, Order? Order, string? Previous) ChangeStatus(string orderId, string status)
    {
        lock (gate)
        {
            if ((placedById.GetValueOrDefault(orderId) ?? data.Orders.Find(orderId)) is not { } stored)
            {
                return (StatusOutcome.NotFound, null, null);
            }

            var order = WithStatus(stored);
            if (!OrderStatuses.Allows(order.Status, status))
            {
                return (StatusOutcome.NotAllowed, order, order.Status);
            }

            statuses[orderId] = status;
            return (StatusOutcome.Changed, order with { Status = status }, order.Status);
        }
    }

    private Order WithStatus(Order order) => statuses.TryGetValue(order.Id, out var status) ? order with { Status = status } : order;

    public Order? Find(string userId, string orderId) => ForUser(userId).FirstOrDefault(o => o.Id == orderId);

    public (PlaceOutcome Outcome, Order? Order) Place(string userId, PlaceOrderRequest request, string addressId, string? idempotencyKey)
    {
        var fingerprint = JsonSerializer.Serialize(request with { ShippingAddressId = addressId }, Http.DemoJsonContext.Default.PlaceOrderRequest);
        lock (gate)
        {
            if (idempotencyKey is not null && byKey.TryGetValue((userId, idempotencyKey), out var earlier))
            {
                return earlier.Fingerprint == fingerprint
                    ? (PlaceOutcome.Replayed, earlier.Order)
                    : (PlaceOutcome.KeyReusedWithDifferentBody, null);
            }

            var lines = request.Lines!.Select(l => OrderGenerator.Line(data.Prices.Find(l.ProductId!)!, l.Quantity)).ToList();
            var order = OrderGenerator.Create($"o-{nextNumber++:00000}", userId, "placed", time.GetUtcNow(), addressId, lines);
            if (!placed.TryGetValue(userId, out var list))
            {
                placed[userId] = list = [];
            }

            list.Add(order);
            placedById[order.Id] = order;
            if (idempotencyKey is not null)
            {
                byKey[(userId, idempotencyKey)] = (fingerprint, order);
            }

            return (PlaceOutcome.Created, order);
        }
    }
}
