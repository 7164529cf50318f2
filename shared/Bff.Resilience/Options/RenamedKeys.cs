using Microsoft.Extensions.Configuration;

namespace Bff.Resilience.Options;

/// <summary>
/// Keys of the hand-built pipeline that the move onto Microsoft.Extensions.Http.Resilience renamed. The binder ignores
/// a key it does not know, so an old one would silently leave the default in force (a 10 s attempt timeout where 200 ms
/// was meant): refuse them at start-up, naming the key to use.
/// </summary>
internal static class RenamedKeys
{
    private static readonly (string Old, string New)[] Renamed =
    [
        ("Bulkhead:MaxConcurrency", "RateLimiter:DefaultRateLimiterOptions:PermitLimit"),
        ("Bulkhead:QueueLimit", "RateLimiter:DefaultRateLimiterOptions:QueueLimit"),
        ("TotalRequestTimeout", "TotalRequestTimeout:Timeout"),
        ("AttemptTimeout", "AttemptTimeout:Timeout"),
        ("Retry:BaseDelay", "Retry:Delay"),
        ("Retry:HonorRetryAfter", "Retry:ShouldRetryAfterHeader"),
    ];

    public static void ThrowIfUsed(IConfigurationSection section)
    {
        foreach (var (old, renamed) in Renamed)
        {
            if (section.GetSection(old).Value is not null)
            {
                throw new InvalidOperationException(
                    $"{section.Path}:{old} is no longer read; use {section.Path}:{renamed} (see shared/Bff.Resilience/README.md).");
            }
        }
    }
}
