using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults.RateLimiting;

internal sealed class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitingOptions options)
    {
        const string Section = RateLimitingOptions.SectionName;
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClientIdHeader))
        {
            errors.Add($"{Section}:ClientIdHeader must not be empty.");
        }

        Check(errors, $"{Section}:User", options.User);
        Check(errors, $"{Section}:Client", options.Client);
        Check(errors, $"{Section}:Ip", options.Ip);
        if (options.Redis.Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:Redis:Timeout must be positive.");
        }

        if (options.Redis.RetryAfterFailure < TimeSpan.Zero)
        {
            errors.Add($"{Section}:Redis:RetryAfterFailure must not be negative.");
        }

        if (string.IsNullOrEmpty(options.Redis.KeyPrefix))
        {
            errors.Add($"{Section}:Redis:KeyPrefix must not be empty.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(List<string> errors, string key, PartitionLimitOptions limit)
    {
        if (limit.PermitLimit <= 0)
        {
            errors.Add($"{key}:PermitLimit must be positive.");
        }

        // RedisRateLimiting counts fixed windows in whole seconds: a shorter or fractional window would differ between
        // Redis and the in-process fallback.
        if (limit.Window < TimeSpan.FromSeconds(1) || limit.Window.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            errors.Add($"{key}:Window must be a whole number of seconds, at least 1.");
        }
    }
}
