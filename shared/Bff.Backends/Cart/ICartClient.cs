using Refit;

namespace Bff.Backends.Cart;

/// <summary>The cart backend, for the calling user (their bearer token is forwarded). Every change returns the cart.</summary>
public interface ICartClient
{
    /// <summary>The caller's cart.</summary>
    [Get("/cart")]
    Task<CartView> GetCartAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a product, or more of it; an unknown product or a line above 99 is a 400.</summary>
    [Post("/cart/items")]
    Task<CartView> AddItemAsync([Body] AddCartItem item, CancellationToken cancellationToken = default);

    /// <summary>Sets the quantity of a product in the cart; a product not in the cart is a 404.</summary>
    [Put("/cart/items/{productId}")]
    Task<CartView> UpdateItemAsync(string productId, [Body] UpdateCartItem update, CancellationToken cancellationToken = default);

    /// <summary>Removes a product from the cart; a product not in the cart is a 404.</summary>
    [Delete("/cart/items/{productId}")]
    Task<CartView> RemoveItemAsync(string productId, CancellationToken cancellationToken = default);

    /// <summary>Empties the cart.</summary>
    [Delete("/cart")]
    Task<CartView> ClearAsync(CancellationToken cancellationToken = default);
}
