using Microsoft.Extensions.Options;

namespace Bff.Web.Hosting;

/// <summary>
/// Refuses origins a browser would never send (paths, other schemes) and the wildcard: the web BFF answers the SPA's
/// own origins only, and <c>*</c> with credentials would hand a user's session to every site.
/// </summary>
internal sealed class WebCorsOptionsValidator : IValidateOptions<WebCorsOptions>
{
    public ValidateOptionsResult Validate(string? name, WebCorsOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.AllowedOrigins.Count; i++)
        {
            if (Problem(options.AllowedOrigins[i], options.AllowCredentials) is { } problem)
            {
                failures.Add($"{WebCorsOptions.SectionName}:AllowedOrigins:{i} {problem}");
            }
        }

        if (options.PreflightMaxAge < TimeSpan.Zero || options.PreflightMaxAge > TimeSpan.FromDays(1))
        {
            failures.Add($"{WebCorsOptions.SectionName}:PreflightMaxAge must be between 00:00:00 and 1.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? Problem(string? origin, bool credentials)
    {
        if (origin?.Trim() == "*")
        {
            return credentials
                ? "is '*': a wildcard origin with AllowCredentials would let every site act as the signed-in user; list the SPA's origins."
                : "is '*': list the SPA's origins; the web BFF does not answer every site.";
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"'{origin}' must be an absolute http(s) URL such as https://shop.example.com.";
        }

        return uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0
            ? $"'{origin}' must be an origin (scheme, host and port) without path, query or user info."
            : null;
    }
}
