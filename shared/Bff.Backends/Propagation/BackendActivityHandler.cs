using System.Diagnostics;

namespace Bff.Backends.Propagation;

/// <summary>
/// One span per backend call, around every retry and hedge of it, named after the backend (<c>pricing GET</c>), so a
/// trace shows which backend a GraphQL field waited on; HttpClient's own spans sit below it, one per attempt.
/// </summary>
internal sealed class BackendActivityHandler(string backend) : DelegatingHandler
{
    /// <summary>The ActivitySource of backend calls.</summary>
    public static readonly ActivitySource Source = new("Bff.Backends");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity($"{backend} {request.Method.Method}", ActivityKind.Client);
        if (activity is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        activity.SetTag("bff.backend", backend);
        activity.SetTag("http.request.method", request.Method.Method);
        activity.SetTag("server.address", request.RequestUri?.Host);
        activity.SetTag("url.path", request.RequestUri?.AbsolutePath);
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            activity.SetTag("http.response.status_code", (int)response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                activity.SetStatus(ActivityStatusCode.Error);
            }

            return response;
        }
        catch (Exception exception)
        {
            activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
    }
}
