using Bff.Backends.Registration;

namespace Bff.Backends.Recommendations;

/// <summary>Settings of the recommendations client, bound from <c>Backends:Recommendations</c>.</summary>
public sealed class RecommendationsClientOptions : BackendClientOptions
{
    /// <summary>The backend's name in errors, metrics and <c>Resilience:Backends:{name}</c>.</summary>
    public const string BackendName = "recommendations";

    /// <summary>The configuration section, e.g. <c>Backends:Recommendations:BaseUrl</c>.</summary>
    public const string SectionName = "Backends:Recommendations";
}
