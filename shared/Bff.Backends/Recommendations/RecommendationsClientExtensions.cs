using Bff.Backends.Registration;
using Bff.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Backends.Recommendations;

/// <summary>Registers <see cref="IRecommendationsClient"/>.</summary>
public static class RecommendationsClientExtensions
{
    /// <summary>
    /// Adds <see cref="IRecommendationsClient"/>, Refit's build-time generated client, over IHttpClientFactory: options from <c>Backends:Recommendations</c> (validated at
    /// start-up), correlation id and the caller's <c>Authorization</c> header, and the backend resilience
    /// pipeline (<c>Resilience:Backends:recommendations</c>).
    /// </summary>
    public static IHttpClientBuilder AddRecommendationsClient(
        this IServiceCollection services, IConfiguration? configuration = null, Action<BackendResilienceOptions>? configureResilience = null) =>
        services.AddBackendClient<IRecommendationsClient, RecommendationsClientOptions>(
            new(RecommendationsClientOptions.BackendName, RecommendationsClientOptions.SectionName, UserScoped: true),
            RecommendationsJsonContext.Default, configuration, configureResilience);
}
