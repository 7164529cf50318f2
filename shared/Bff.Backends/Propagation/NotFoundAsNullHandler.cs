using System.Net;
using System.Reflection;
using Bff.Backends.Http;
using Refit;

namespace Bff.Backends.Propagation;

/// <summary>
/// Answers the 404 of a <see cref="NullOn404Attribute"/> method as <c>204 No Content</c>, which Refit returns as
/// <c>null</c>. The contract keeps its <c>Task&lt;T?&gt;</c> shape instead of <c>IApiResponse&lt;T&gt;</c>, and every other
/// 404 still reaches the exception factory. It sits outside the span and resilience handlers, so they see the real 404.
/// </summary>
internal sealed class NotFoundAsNullHandler(IReadOnlySet<string> methods) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<string> MethodName = new(HttpRequestMessageOptions.MethodName);

    /// <summary>The methods of <typeparamref name="TClient"/> whose contract says a 404 is null; read once, at registration.</summary>
    public static IReadOnlySet<string> MethodsOf<TClient>() =>
        typeof(TClient).GetMethods().Where(m => m.IsDefined(typeof(NullOn404Attribute))).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.NotFound
            || !request.Options.TryGetValue(MethodName, out var method)
            || !methods.Contains(method))
        {
            return response;
        }

        response.Dispose();
        return new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request };
    }
}
