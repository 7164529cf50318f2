namespace Bff.Backends.Http;

/// <summary>
/// Asks the Bff.Backends source generator to implement this interface as an HttpClient-based client named after it
/// (<c>IPricingClient</c> → <c>PricingClient</c>), reading and writing JSON with <see cref="JsonContext"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Interface, Inherited = false)]
public sealed class BackendClientAttribute(string backendName, Type jsonContext) : Attribute
{
    /// <summary>The backend's name in errors, logs and resilience settings, e.g. <c>pricing</c>.</summary>
    public string BackendName { get; } = backendName;

    /// <summary>The <c>JsonSerializerContext</c> registering every request and response type of the interface.</summary>
    public Type JsonContext { get; } = jsonContext;
}
