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

        // Redis expiries are whole milliseconds, and a window under that would never count anything.
        if (limit.Window < TimeSpan.FromMilliseconds(1))
        {
            errors.Add($"{key}:Window must be at least 1 ms.");
        }
    }
}
