using Bff.Backends.Registration;
using Bff.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Backends.Reviews;

/// <summary>Registers <see cref="IReviewsClient"/>.</summary>
public static class ReviewsClientExtensions
{
    /// <summary>
    /// Adds <see cref="IReviewsClient"/>, Refit's build-time generated client, over IHttpClientFactory: options from <c>Backends:Reviews</c> (validated at
    /// start-up), correlation id propagation and the backend resilience pipeline
    /// (<c>Resilience:Backends:reviews</c>).
    /// </summary>
    public static IHttpClientBuilder AddReviewsClient(
        this IServiceCollection services, IConfiguration? configuration = null, Action<BackendResilienceOptions>? configureResilience = null) =>
        services.AddBackendClient<IReviewsClient, ReviewsClientOptions>(
            new(ReviewsClientOptions.BackendName, ReviewsClientOptions.SectionName, UserScoped: false),
            ReviewsJsonContext.Default, configuration, configureResilience);
}
