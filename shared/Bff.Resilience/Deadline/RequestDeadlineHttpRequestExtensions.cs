namespace Bff.Resilience;

/// <summary>Carries a deadline on one outgoing <see cref="HttpRequestMessage"/>.</summary>
public static class RequestDeadlineHttpRequestExtensions
{
    private static readonly HttpRequestOptionsKey<RequestDeadline> Key = new("Bff.Resilience.RequestDeadline");

    /// <summary>
    /// Attaches <paramref name="deadline"/> to <paramref name="request"/>; it wins over the ambient
    /// <see cref="IRequestDeadlineAccessor"/> (useful for background work that has no HTTP request).
    /// </summary>
    public static HttpRequestMessage WithDeadline(this HttpRequestMessage request, RequestDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(Key, deadline);
        return request;
    }

    /// <summary>The deadline attached with <see cref="WithDeadline"/>, if any.</summary>
    public static RequestDeadline? GetDeadline(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(Key, out var deadline) ? deadline : null;
    }
}
