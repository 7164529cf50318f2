namespace DemoBackends.Cart;

internal sealed record CartItem(string ProductId, int Quantity, DateTimeOffset AddedAt);

internal sealed record CartView(string UserId, IReadOnlyList<CartItem> Items, int TotalQuantity, DateTimeOffset? UpdatedAt);

internal sealed record AddCartItem(string? ProductId, int Quantity);

internal sealed record UpdateCartItem(int Quantity);

/// <summary>Every user's cart, in memory; starts empty on every start, which is what a demo wants.</summary>
internal sealed class CartStore(TimeProvider time)
{
    public const int MaxQuantity = 99;

    private readonly Lock gate = new();
    private readonly Dictionary<string, (List<CartItem> Items, DateTimeOffset? UpdatedAt)> carts = new(StringComparer.Ordinal);

    public CartView Get(string userId)
    {
        lock (gate)
        {
            return View(userId);
        }
    }

    /// <summary>Adds to the line if the product is already there; null when the line would exceed the maximum.</summary>
    public CartView? Add(string userId, string productId, int quantity) => Change(userId, items =>
    {
        var index = items.FindIndex(i => i.ProductId == productId);
        if (index < 0)
        {
            items.Add(new CartItem(productId, quantity, time.GetUtcNow()));
            return true;
        }

        if (items[index].Quantity + quantity > MaxQuantity)
        {
            return false;
        }

        items[index] = items[index] with { Quantity = items[index].Quantity + quantity };
        return true;
    });

    /// <summary>Null when the product is not in the cart.</summary>
    public CartView? SetQuantity(string userId, string productId, int quantity) => Change(userId, items =>
    {
        var index = items.FindIndex(i => i.ProductId == productId);
        if (index >= 0)
        {
            items[index] = items[index] with { Quantity = quantity };
        }

        return index >= 0;
    });

    public CartView? Remove(string userId, string productId) =>
        Change(userId, items => items.RemoveAll(i => i.ProductId == productId) > 0);

    public CartView Clear(string userId) => Change(userId, items =>
    {
        items.Clear();
        return true;
    })!;

    private CartView? Change(string userId, Func<List<CartItem>, bool> change)
    {
        lock (gate)
        {
            var items = carts.TryGetValue(userId, out var cart) ? cart.Items : [];
            if (!change(items))
            {
                return null;
            }

            carts[userId] = (items, time.GetUtcNow());
            return View(userId);
        }
    }

    private CartView View(string userId) => carts.TryGetValue(userId, out var cart)
        ? new CartView(userId, [.. cart.Items], cart.Items.Sum(i => i.Quantity), cart.UpdatedAt)
        : new CartView(userId, [], 0, null);
}
