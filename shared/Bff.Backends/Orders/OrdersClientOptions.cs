using Bff.Backends.Registration;

namespace Bff.Backends.Orders;

/// <summary>Settings of the orders client, bound from <c>Backends:Orders</c>.</summary>
public sealed class OrdersClientOptions : BackendClientOptions
{
    /// <summary>The backend's name in errors, metrics and <c>Resilience:Backends:{name}</c>.</summary>
    public const string BackendName = "orders";

    /// <summary>The configuration section, e.g. <c>Backends:Orders:BaseUrl</c>.</summary>
    public const string SectionName = "Backends:Orders";
}
