using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bff.Web.Hosting;

/// <summary>The CORS policy of the SPA's origins, built from <see cref="WebCorsOptions"/>.</summary>
internal static class WebCorsExtensions
{
    public const string PolicyName = "spa";

    // What the SPA sends: JSON bodies, its bearer token, our correlation and client id headers.
    private static readonly string[] RequestHeaders = ["Content-Type", "Authorization", "X-Correlation-Id", "X-Client-Id"];

    public static IServiceCollection AddWebCors(this IServiceCollection services)
    {
        services.AddOptions<WebCorsOptions>().BindConfiguration(WebCorsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebCorsOptions>, WebCorsOptionsValidator>());
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<WebCorsOptions>>((cors, web) => cors.AddPolicy(PolicyName, policy =>
            {
                policy.WithOrigins([.. web.Value.AllowedOrigins.Select(o => new Uri(o).GetLeftPart(UriPartial.Authority))])
                    .WithMethods("GET", "POST")
                    .WithHeaders(RequestHeaders)
                    // The SPA reads these from responses: the id to quote in a bug report, the limiter's wait.
                    .WithExposedHeaders("X-Correlation-Id", "Retry-After")
                    .SetPreflightMaxAge(web.Value.PreflightMaxAge);
                if (web.Value.AllowCredentials)
                {
                    policy.AllowCredentials();
                }
            }));
        return services;
    }

    public static IApplicationBuilder UseWebCors(this IApplicationBuilder app) => app.UseCors(PolicyName);
}
