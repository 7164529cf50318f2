namespace Bff.Backends.Orders;

/// <summary>One line of an order, priced when it was placed.</summary>
public sealed record OrderLine(string ProductId, int Quantity, decimal UnitPrice, decimal LineTotal);

/// <summary>An order with its lines; ids look like <c>o-00001</c>.</summary>
public sealed record Order(
    string Id,
    string UserId,
    string Status,
    DateTimeOffset PlacedAt,
    string ShippingAddressId,
    IReadOnlyList<OrderLine> Lines,
    int ItemCount,
    decimal Total,
    string Currency);

/// <summary>An order as listed, without lines.</summary>
public sealed record OrderSummary(string Id, string Status, DateTimeOffset PlacedAt, int ItemCount, decimal Total, string Currency);

/// <summary>What to order; without <see cref="ShippingAddressId"/> the user's default address is used.</summary>
public sealed record PlaceOrderRequest(IReadOnlyList<PlaceOrderLine> Lines, string? ShippingAddressId = null);

/// <summary>One product and quantity (1–99) to order.</summary>
public sealed record PlaceOrderLine(string ProductId, int Quantity);
