using Microsoft.AspNetCore.Diagnostics;

namespace DemoBackends.Http;

internal static class DemoProblemDetails
{
    /// <summary>
    /// Bad input that fails binding (page=abc, malformed JSON) is the caller's fault: a 400 with the binder's
    /// message, not a 500. Other exceptions stay a bare 500 without details.
    /// </summary>
    public static IServiceCollection AddDemoProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Title = "Bad request";
                context.ProblemDetails.Detail = bad.Message;
            }
        });
        services.Configure<ExceptionHandlerOptions>(options =>
        {
            options.StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            options.SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException;
        });
        return services;
    }
}
