using Bff.Caching.Policies;
using Microsoft.Extensions.Options;

namespace Bff.Caching;

/// <summary>Checks the <c>Caching</c> section at start-up; each failure starts with the key to fix.</summary>
internal sealed class CachingOptionsValidator : IValidateOptions<CachingOptions>
{
    private const string Section = CachingOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, CachingOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.KeyPrefix) || options.KeyPrefix.Contains(':', StringComparison.Ordinal))
        {
            failures.Add($"{Section}:KeyPrefix must be a non-empty word without ':'.");
        }

        Check(failures, options.L1SizeLimit > 0, "L1SizeLimit", "must be positive");
        Check(failures, options.DistributedCacheTimeout > TimeSpan.Zero, "DistributedCacheTimeout", "must be positive");
        Check(failures, options.CircuitBreakerDuration > TimeSpan.Zero, "CircuitBreakerDuration", "must be positive");
        CheckPolicy(failures, "Defaults", options.Defaults, options.TagRetention);
        foreach (var (policyName, policy) in options.Policies)
        {
            CheckPolicy(failures, $"Policies:{policyName}", policy, options.TagRetention);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckPolicy(List<string> failures, string path, CachePolicy policy, TimeSpan tagRetention)
    {
        Check(failures, policy.Fresh > TimeSpan.Zero, $"{path}:Fresh", "must be positive");
        Check(failures, policy.Stale >= TimeSpan.Zero, $"{path}:Stale", "must not be negative");
        Check(failures, policy.EagerRefreshThreshold is null or (> 0f and < 1f), $"{path}:EagerRefreshThreshold", "must be between 0 and 1 (exclusive), or empty");
        Check(failures, policy.FactorySoftTimeout > TimeSpan.Zero, $"{path}:FactorySoftTimeout", "must be positive");
        Check(failures, policy.FactoryHardTimeout >= policy.FactorySoftTimeout, $"{path}:FactoryHardTimeout", "must not be shorter than FactorySoftTimeout");
        Check(failures, policy.FailSafeThrottle > TimeSpan.Zero, $"{path}:FailSafeThrottle", "must be positive");
        // A tag invalidation forgotten before an entry dies would bring that entry back.
        Check(failures, tagRetention >= policy.Fresh + policy.Stale, "TagRetention", $"must be at least {path}:Fresh + Stale");
    }

    private static void Check(List<string> failures, bool ok, string key, string rule)
    {
        if (!ok)
        {
            failures.Add($"{Section}:{key} {rule}.");
        }
    }
}
