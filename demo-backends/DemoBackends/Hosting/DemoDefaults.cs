using DemoBackends.Auth;
using DemoBackends.Data;
using DemoBackends.Faults;
using DemoBackends.Http;

namespace DemoBackends.Hosting;

/// <summary>What every demo service has: problem details, faults, correlation logs, OpenAPI, and JWT when user-scoped.</summary>
internal static class DemoDefaults
{
    public static WebApplicationBuilder AddDemoDefaults(this WebApplicationBuilder builder, DemoService service)
    {
        var services = builder.Services;
        services.AddSingleton(new ServiceIdentity(service.Name));
        services.AddSingleton(DemoData.Shared);
        services.AddSingleton(TimeProvider.System);
        services.AddDemoProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, DemoJsonContext.Default));
        services.AddFaultInjection(builder.Configuration, service.Name);
        services.AddDemoOpenApi(service);
        if (service.UserScoped)
        {
            services.AddDemoJwt(builder.Configuration);
        }

        return builder;
    }

    public static WebApplication UseDemoDefaults(this WebApplication app, DemoService service)
    {
        // Unhandled exceptions and bad bindings become ProblemDetails, never a stack trace.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseMiddleware<FaultInjectionMiddleware>();
        if (service.UserScoped)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }

        app.MapOpenApi();
        app.MapFaultAdminApi();
        if (service.Name == "Users")
        {
            app.MapDevTokenEndpoint();
        }

        return app;
    }
}
