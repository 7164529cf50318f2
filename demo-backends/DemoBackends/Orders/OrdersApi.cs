using System.Security.Claims;
using DemoBackends.Auth;
using DemoBackends.Data;
using DemoBackends.Http;
using Microsoft.AspNetCore.Mvc;

namespace DemoBackends.Orders;

internal static class OrdersApi
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/orders").WithTags("Orders").RequireAuthorization();

        api.MapGet("/", (int? page, int? pageSize, ClaimsPrincipal user, OrderStore store) =>
            Problems.Paging(page, pageSize, 50, out var p, out var size)
            ?? Cached.Json(Paged<OrderSummary>.From(store.ForUser(user.UserId()).Select(o => o.ToSummary()).ToList(), p, size),
                DemoJsonContext.Default.PagedOrderSummary, CachePolicy.PrivateRevalidate))
            .WithSummary("The calling user's orders, newest first; page is 1-based, pageSize at most 50.")
            .Produces<Paged<OrderSummary>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/{id}", (string id, ClaimsPrincipal user, OrderStore store) =>
            store.Find(user.UserId(), id) is { } order
                ? Cached.Json(order, DemoJsonContext.Default.Order, CachePolicy.PrivateRevalidate)
                : Problems.NotFound("order of the caller", id))
            .WithSummary("One of the calling user's orders; another user's order is 404.")
            .Produces<Order>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/", PlaceOrder)
            .WithSummary("Place an order. With Idempotency-Key, a retry with the same body returns the first order; a different body is 422.")
            .Produces<Order>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return app;
    }

    private static IResult PlaceOrder(
        PlaceOrderRequest request,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        DemoData data,
        OrderStore store,
        HttpContext http)
    {
        if (idempotencyKey is { Length: 0 or > 200 })
        {
            return Problems.Validation(IdempotencyKeyHeader, "Idempotency-Key must be 1 to 200 characters.");
        }

        var userId = user.UserId();
        var errors = OrderValidation.Validate(request, data, userId, out var addressId);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (outcome, order) = store.Place(userId, request, addressId, idempotencyKey);
        if (outcome == PlaceOutcome.KeyReusedWithDifferentBody)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency key reused",
                detail: "This Idempotency-Key was already used with a different request body.");
        }

        http.Response.Headers["Idempotent-Replayed"] = outcome == PlaceOutcome.Replayed ? "true" : "false";
        return TypedResults.Created($"/orders/{order!.Id}", order);
    }
}
