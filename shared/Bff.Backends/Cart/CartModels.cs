namespace Bff.Backends.Cart;

/// <summary>One product in the cart.</summary>
public sealed record CartItem(string ProductId, int Quantity, DateTimeOffset AddedAt);

/// <summary>The caller's cart; <see cref="UpdatedAt"/> is null until it first changes.</summary>
public sealed record CartView(string UserId, IReadOnlyList<CartItem> Items, int TotalQuantity, DateTimeOffset? UpdatedAt);

/// <summary>A product and quantity to add.</summary>
public sealed record AddCartItem(string ProductId, int Quantity);

/// <summary>The new quantity of a product already in the cart.</summary>
public sealed record UpdateCartItem(int Quantity);
