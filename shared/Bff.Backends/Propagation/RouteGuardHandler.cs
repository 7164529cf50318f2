using Refit;

namespace Bff.Backends.Propagation;

/// <summary>
/// Refuses, before anything is sent, a request whose final path does not have the shape of its route template: a path
/// value of <c>.</c>, <c>..</c> or one that decodes to them (<c>%2e%2E</c>, <c>.%2E</c>) would otherwise address another
/// route — Refit writes <c>..</c> into <c>/cart/items/{productId}</c> as is, and <see cref="Uri"/> turns
/// <c>DELETE /cart/items/..</c> into <c>DELETE /cart/</c>, which empties the cart.
/// </summary>
/// <remarks>
/// The check runs on the URI that would go on the wire, against the template Refit stores on every request
/// (<c>Refit.RelativePathTemplate</c>), so it holds whatever Refit escaped and Uri normalised on the way: the path must
/// have the base path's segments, then exactly the template's, with its literal segments in place and every value
/// segment neither empty nor a dot segment once percent-decoded (as the backend would decode it).
/// </remarks>
internal sealed class RouteGuardHandler(Func<Uri?> baseUrl) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<string> Template = new(HttpRequestMessageOptions.RelativePathTemplate);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } uri
            && request.Options.TryGetValue(Template, out var template)
            && !Matches(uri.AbsolutePath, baseUrl()?.AbsolutePath ?? "/", template))
        {
            // The caller's value is at fault, not the backend: an argument error, and the request never leaves.
            throw new ArgumentException(
                $"A path value for '{template}' is empty, '.' or '..' (also percent-encoded) and would address another route; the request was not sent.");
        }

        return base.SendAsync(request, cancellationToken);
    }

    internal static bool Matches(string path, string basePath, string template)
    {
        var expected = Segments(basePath.TrimEnd('/') + "/" + template.TrimStart('/'));
        var actual = Segments(path);
        if (actual.Length != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < actual.Length; i++)
        {
            var isValue = expected[i].Contains('{', StringComparison.Ordinal);
            if (isValue ? DotSegments.IsRouteChanging(actual[i]) : !string.Equals(actual[i], expected[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Segments(string path) => path.TrimStart('/').Split('/');
}
