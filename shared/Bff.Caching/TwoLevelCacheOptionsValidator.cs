using Microsoft.Extensions.Options;

namespace Bff.Caching;

/// <summary>Fails start-up with the configuration key's name when a setting cannot work.</summary>
internal sealed class TwoLevelCacheOptionsValidator : IValidateOptions<TwoLevelCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, TwoLevelCacheOptions options)
    {
        var failures = new List<string>();
        Require(failures, options.DefaultFresh > TimeSpan.Zero, nameof(options.DefaultFresh), "must be positive");
        Require(failures, options.DefaultStale >= TimeSpan.Zero, nameof(options.DefaultStale), "must not be negative");
        Require(failures, options.L1MaxEntries > 0, nameof(options.L1MaxEntries), "must be positive");
        Require(failures, options.L2Timeout > TimeSpan.Zero && options.L2Timeout <= TimeSpan.FromSeconds(5), nameof(options.L2Timeout), "must be between 0 and 5 seconds");
        Require(failures, options.L2BreakerFailureThreshold > 0, nameof(options.L2BreakerFailureThreshold), "must be positive");
        Require(failures, options.L2BreakDuration > TimeSpan.Zero, nameof(options.L2BreakDuration), "must be positive");
        Require(failures, options.TagRecheckInterval >= TimeSpan.Zero, nameof(options.TagRecheckInterval), "must not be negative");
        Require(failures, options.TagRetention >= options.DefaultFresh + options.DefaultStale, nameof(options.TagRetention), "must be at least DefaultFresh + DefaultStale");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, bool condition, string key, string rule)
    {
        if (!condition)
        {
            failures.Add($"{TwoLevelCacheOptions.SectionName}:{key} {rule}.");
        }
    }
}
