using DemoBackends.Hosting;

namespace DemoBackends.Faults;

/// <summary>Read and change a service's realism controls at run time; DELETE goes back to configuration.</summary>
internal static class FaultAdminApi
{
    public static IEndpointRouteBuilder MapFaultAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin/faults").WithTags("Admin");

        admin.MapGet("/", (FaultState state) => TypedResults.Ok(state.Current))
            .WithSummary("The realism controls in force.");

        admin.MapPost("/", (FaultUpdate update, FaultState state, ServiceIdentity service, ILoggerFactory loggers) =>
        {
            var next = update.ApplyTo(state.Current);
            var errors = next.Validate();
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value));
            }

            state.Set(next);
            loggers.CreateLogger("DemoBackends.Faults").LogWarning("{Service} faults changed to {Faults}", service.Name, next);
            return Results.Ok(next);
        })
        .WithSummary("Change some controls; absent fields keep their value.")
        .Produces<FaultSettings>()
        .ProducesValidationProblem();

        admin.MapDelete("/", (FaultState state) =>
        {
            state.Reset();
            return TypedResults.Ok(state.Current);
        })
        .WithSummary("Back to the configured controls.");

        return app;
    }
}
