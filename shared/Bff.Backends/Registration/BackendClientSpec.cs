namespace Bff.Backends.Registration;

/// <summary>How one backend client is registered: its name, configuration section and whether it carries the user's token.</summary>
internal sealed record BackendClientSpec(string Name, string Section, bool UserScoped);
