using Bff.Backends.Registration;

namespace Bff.Backends.Notifications;

/// <summary>Settings of the notifications client, bound from <c>Backends:Notifications</c>.</summary>
public sealed class NotificationsClientOptions : BackendClientOptions
{
    /// <summary>The backend's name in errors, metrics and <c>Resilience:Backends:{name}</c>.</summary>
    public const string BackendName = "notifications";

    /// <summary>The configuration section, e.g. <c>Backends:Notifications:BaseUrl</c>.</summary>
    public const string SectionName = "Backends:Notifications";
}
