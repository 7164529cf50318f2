namespace DemoBackends.Orders;

internal sealed record OrderLine(string ProductId, int Quantity, decimal UnitPrice, decimal LineTotal);

internal sealed record Order(
    string Id,
    string UserId,
    string Status,
    DateTimeOffset PlacedAt,
    string ShippingAddressId,
    IReadOnlyList<OrderLine> Lines,
    int ItemCount,
    decimal Total,
    string Currency)
{
    public OrderSummary ToSummary() => new(Id, Status, PlacedAt, ItemCount, Total, Currency);
}

internal sealed record OrderSummary(string Id, string Status, DateTimeOffset PlacedAt, int ItemCount, decimal Total, string Currency);

internal sealed record PlaceOrderRequest(IReadOnlyList<PlaceOrderLine>? Lines, string? ShippingAddressId);

internal sealed record PlaceOrderLine(string? ProductId, int Quantity);
