using DemoBackends.Events;
using DemoBackends.Http;

namespace DemoBackends.Orders;

/// <summary>
/// Fulfilment moving an order along: what a warehouse system would call. Each change is published on
/// <see cref="DemoEventChannels.OrderStatusChanged"/>. Under /admin, like the fault controls: the demo's operator API.
/// </summary>
internal static class OrdersAdminApi
{
    public static IEndpointRouteBuilder MapOrdersAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/orders/{id}/status", async (string id, OrderStatusUpdate update, OrderStore store, EventBus events, TimeProvider time) =>
        {
            if (update.Status is not { } status || !OrderStatuses.All.Contains(status))
            {
                return Problems.Validation("status", $"'status' must be one of: {string.Join(", ", OrderStatuses.All)}.");
            }

            var (outcome, order, previous) = store.ChangeStatus(id, status);
            switch (outcome)
            {
                case StatusOutcome.NotFound:
                    return Problems.NotFound("order", id);
                case StatusOutcome.NotAllowed:
                    var next = OrderStatuses.From(previous!);
                    return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Status change not allowed",
                        detail: $"Order '{id}' is {previous}; it can move to {(next.Count == 0 ? "nothing else" : string.Join(" or ", next))}, not {status}.");
            }

            await events.PublishAsync(DemoEventChannels.OrderStatusChanged,
                new OrderStatusChanged(order!.Id, order.UserId, status, previous!, time.GetUtcNow()),
                DemoJsonContext.Default.OrderStatusChanged).ConfigureAwait(false);
            return Results.Ok(order);
        })
            .WithTags("Admin")
            .WithSummary("Move an order to its next status (placed → processing → shipped → delivered; cancelled before shipping); published as an event.")
            .Produces<Order>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }
}

/// <summary>The body of <c>POST /admin/orders/{id}/status</c>.</summary>
internal sealed record OrderStatusUpdate(string? Status);
