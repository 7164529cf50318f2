using Bff.Backends.Registration;

namespace Bff.Backends.Reviews;

/// <summary>Settings of the reviews client, bound from <c>Backends:Reviews</c>.</summary>
public sealed class ReviewsClientOptions : BackendClientOptions
{
    /// <summary>The backend's name in errors, metrics and <c>Resilience:Backends:{name}</c>.</summary>
    public const string BackendName = "reviews";

    /// <summary>The configuration section, e.g. <c>Backends:Reviews:BaseUrl</c>.</summary>
    public const string SectionName = "Backends:Reviews";
}
