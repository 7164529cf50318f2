using Bff.Backends.Registration;

namespace Bff.Backends.Cart;

/// <summary>Settings of the cart client, bound from <c>Backends:Cart</c>.</summary>
public sealed class CartClientOptions : BackendClientOptions
{
    /// <summary>The backend's name in errors, metrics and <c>Resilience:Backends:{name}</c>.</summary>
    public const string BackendName = "cart";

    /// <summary>The configuration section, e.g. <c>Backends:Cart:BaseUrl</c>.</summary>
    public const string SectionName = "Backends:Cart";
}
