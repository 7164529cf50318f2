using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>
/// Who a request is counted against. Runs after the forwarded headers (so the IP is the caller's, not the proxy's)
/// and after authentication (so the user is known).
/// </summary>
internal sealed class PartitionResolver(IOptions<RateLimitingOptions> options)
{
    // Self-declared ids are bounded so a caller cannot grow the partition table (or Redis keys) with huge values.
    private const int MaxClientIdLength = 64;

    private readonly RateLimitingOptions _options = options.Value;

    /// <summary>The IP ceiling every anonymous request counts against, with or without a client id; none for users.</summary>
    public RateLimitPartitionKey? IpCeiling(HttpContext context) =>
        UserOf(context) is null ? new(PartitionKind.Ip, IpOf(context)) : null;

    /// <summary>
    /// The caller's own bucket: the user, or the client id together with the IP, or none for a plain anonymous request
    /// (its IP ceiling is its bucket). The id alone is self-declared: keyed by it, anyone sending it could exhaust it.
    /// </summary>
    public RateLimitPartitionKey? Caller(HttpContext context)
    {
        if (UserOf(context) is { } user)
        {
            return new(PartitionKind.User, user);
        }

        var clientId = context.Request.Headers[_options.ClientIdHeader].ToString();
        return IsWellFormed(clientId) ? new(PartitionKind.Client, $"{clientId}@{IpOf(context)}") : null;
    }

    public PartitionLimitOptions LimitOf(PartitionKind kind) => kind switch
    {
        PartitionKind.User => _options.User,
        PartitionKind.Client => _options.Client,
        _ => _options.Ip,
    };

    private static string? UserOf(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        && context.User.FindFirst(JwtRegisteredClaimNames.Sub)?.Value is { Length: > 0 } sub ? sub : null;

    private static string IpOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static bool IsWellFormed(string value) =>
        value.Length is > 0 and <= MaxClientIdLength
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '+');
}
