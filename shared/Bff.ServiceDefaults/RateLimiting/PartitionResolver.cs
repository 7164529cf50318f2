using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>
/// Picks the partition of a request: the authenticated user when there is one, else the client id header when it is
/// well formed, else the remote IP address. Runs after authentication, so the user is known.
/// </summary>
internal sealed class PartitionResolver(IOptions<RateLimitingOptions> options)
{
    // Self-declared ids are bounded so a caller cannot grow the partition table (or Redis keys) with huge values.
    private const int MaxClientIdLength = 64;

    private readonly RateLimitingOptions _options = options.Value;

    public RateLimitPartitionKey Resolve(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.User.FindFirst(JwtRegisteredClaimNames.Sub)?.Value is { Length: > 0 } sub)
        {
            return new(PartitionKind.User, sub);
        }

        var clientId = context.Request.Headers[_options.ClientIdHeader].ToString();
        if (IsWellFormed(clientId))
        {
            return new(PartitionKind.Client, clientId);
        }

        return new(PartitionKind.Ip, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    public PartitionLimitOptions LimitOf(PartitionKind kind) => kind switch
    {
        PartitionKind.User => _options.User,
        PartitionKind.Client => _options.Client,
        _ => _options.Ip,
    };

    private static bool IsWellFormed(string value) =>
        value.Length is > 0 and <= MaxClientIdLength
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '+');
}
