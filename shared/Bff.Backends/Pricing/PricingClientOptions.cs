using Bff.Backends.Registration;

namespace Bff.Backends.Pricing;

/// <summary>Settings of the pricing client, bound from <c>Backends:Pricing</c>.</summary>
public sealed class PricingClientOptions : BackendClientOptions
{
    /// <summary>The backend's name in errors, metrics and <c>Resilience:Backends:{name}</c>.</summary>
    public const string BackendName = "pricing";

    /// <summary>The configuration section, e.g. <c>Backends:Pricing:BaseUrl</c>.</summary>
    public const string SectionName = "Backends:Pricing";
}
