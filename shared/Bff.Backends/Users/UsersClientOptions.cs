using Bff.Backends.Registration;

namespace Bff.Backends.Users;

/// <summary>Settings of the users client, bound from <c>Backends:Users</c>.</summary>
public sealed class UsersClientOptions : BackendClientOptions
{
    /// <summary>The backend's name in errors, metrics and <c>Resilience:Backends:{name}</c>.</summary>
    public const string BackendName = "users";

    /// <summary>The configuration section, e.g. <c>Backends:Users:BaseUrl</c>.</summary>
    public const string SectionName = "Backends:Users";
}
