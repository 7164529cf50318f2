namespace Bff.ServiceDefaults.Health;

/// <summary>Tags that put a health check on <c>/health/live</c> or <c>/health/ready</c>.</summary>
public static class HealthTags
{
    /// <summary>Checks that say the process is up; they must not depend on anything outside it.</summary>
    public const string Live = "live";

    /// <summary>Checks of dependencies: Redis, backend circuits, anything a BFF adds.</summary>
    public const string Ready = "ready";
}
