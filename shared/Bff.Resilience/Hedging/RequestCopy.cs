namespace Bff.Resilience.Hedging;

/// <summary>Copies a body-less request (GET/HEAD) with its headers and options.</summary>
internal static class RequestCopy
{
    public static HttpRequestMessage Of(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Version = request.Version,
            VersionPolicy = request.VersionPolicy,
        };

        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        IDictionary<string, object?> options = copy.Options;
        foreach (var option in request.Options)
        {
            options[option.Key] = option.Value;
        }

        return copy;
    }
}
