using Bff.Backends.Registration;

namespace Bff.Backends.Inventory;

/// <summary>Settings of the inventory client, bound from <c>Backends:Inventory</c>.</summary>
public sealed class InventoryClientOptions : BackendClientOptions
{
    /// <summary>The backend's name in errors, metrics and <c>Resilience:Backends:{name}</c>.</summary>
    public const string BackendName = "inventory";

    /// <summary>The configuration section, e.g. <c>Backends:Inventory:BaseUrl</c>.</summary>
    public const string SectionName = "Backends:Inventory";
}
