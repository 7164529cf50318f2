using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Bff.Backends.Propagation;

/// <summary>
/// Forwards the caller's <c>Authorization</c> header to a user-scoped backend, which validates the same JWT and
/// reads the user from it. Registered only on user-scoped clients: public backends never see a user's token.
/// </summary>
internal sealed class AuthorizationForwardingHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null
            && accessor.HttpContext?.Request.Headers[HeaderNames.Authorization].ToString() is { Length: > 0 } authorization)
        {
            // Kestrel has already rejected control characters, so the value can be copied as it came.
            request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, authorization);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
