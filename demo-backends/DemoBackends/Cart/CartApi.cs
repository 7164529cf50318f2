using System.Security.Claims;
using DemoBackends.Auth;
using DemoBackends.Data;
using DemoBackends.Http;

namespace DemoBackends.Cart;

internal static class CartApi
{
    public static IEndpointRouteBuilder MapCartApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/cart").WithTags("Cart").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/", (ClaimsPrincipal user, CartStore carts) =>
            Cached.Json(carts.Get(user.UserId()), DemoJsonContext.Default.CartView, CachePolicy.PrivateRevalidate))
            .WithSummary("The calling user's cart.");

        api.MapPost("/items", (AddCartItem item, ClaimsPrincipal user, CartStore carts, DemoData data) =>
        {
            if (item.ProductId is null || data.Catalog.Find(item.ProductId) is null)
            {
                return Problems.Validation("productId", $"Unknown product '{item.ProductId}'.");
            }

            return InvalidQuantity(item.Quantity)
                ?? (carts.Add(user.UserId(), item.ProductId, item.Quantity) is { } cart
                    ? TypedResults.Ok(cart)
                    : Problems.Validation("quantity", $"A cart line holds at most {CartStore.MaxQuantity} items."));
        })
            .WithSummary("Add a product, or more of it; returns the cart.")
            .Produces<CartView>()
            .ProducesValidationProblem();

        api.MapPut("/items/{productId}", (string productId, UpdateCartItem update, ClaimsPrincipal user, CartStore carts) =>
            InvalidQuantity(update.Quantity)
            ?? (carts.SetQuantity(user.UserId(), productId, update.Quantity) is { } cart
                ? TypedResults.Ok(cart)
                : NotInCart(productId)))
            .WithSummary("Set the quantity of a product in the cart; returns the cart.")
            .Produces<CartView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapDelete("/items/{productId}", (string productId, ClaimsPrincipal user, CartStore carts) =>
            carts.Remove(user.UserId(), productId) is { } cart ? TypedResults.Ok(cart) : NotInCart(productId))
            .WithSummary("Remove a product from the cart; returns the cart.")
            .Produces<CartView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapDelete("/", (ClaimsPrincipal user, CartStore carts) => TypedResults.Ok(carts.Clear(user.UserId())))
            .WithSummary("Empty the cart; returns it.");

        return app;
    }

    private static IResult? InvalidQuantity(int quantity) => quantity is < 1 or > CartStore.MaxQuantity
        ? Problems.Validation("quantity", $"Quantity must be between 1 and {CartStore.MaxQuantity}.")
        : null;

    private static IResult NotInCart(string productId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Product '{productId}' is not in the cart.");
}
