using DemoBackends.Http;

namespace DemoBackends.Notifications;

/// <summary>The demo's operator API for notifications: create one for a user (published as an event).</summary>
internal static class NotificationsAdminApi
{
    public static IEndpointRouteBuilder MapNotificationsAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/notifications", async (NewNotification request, NotificationInbox inbox) =>
        {
            var errors = request.Validate();
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }

            return await inbox.CreateAsync(request.UserId!, request.Kind!, request.Title!, request.Body!).ConfigureAwait(false) is { } created
                ? Results.Created($"/notifications/{created.Id}", created)
                : Problems.NotFound("user", request.UserId!);
        })
            .WithTags("Admin")
            .WithSummary("Create a notification for a user; it is published as an event.")
            .Produces<Notification>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}

/// <summary>The body of <c>POST /admin/notifications</c>.</summary>
internal sealed record NewNotification(string? UserId, string? Kind, string? Title, string? Body)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, nameof(UserId), UserId, 20);
        Check(errors, nameof(Kind), Kind, 40);
        Check(errors, nameof(Title), Title, 200);
        Check(errors, nameof(Body), Body, 2000);
        return errors;
    }

    private static void Check(Dictionary<string, string[]> errors, string name, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max)
        {
            errors[char.ToLowerInvariant(name[0]) + name[1..]] = [$"'{char.ToLowerInvariant(name[0]) + name[1..]}' is required, at most {max} characters."];
        }
    }
}
