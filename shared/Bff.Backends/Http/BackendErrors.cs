
namespace Bff.Backends.Http;

/// <summary>
/// Refit's exception factories for one backend: every failure becomes a <see cref="BackendException"/> whose message
/// holds at most the ProblemDetails title, never the body, so the GraphQL layer may show it.
/// </summary>
internal sealed class BackendErrors(string backend)
{
    // The title sits at the top of a problem body; a backend that stalls mid-error must not hold the caller.
    private static readonly TimeSpan TitleReadLimit = TimeSpan.FromSeconds(2);

    public async ValueTask<Exception?> FromResponseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        // Refit hands the response to the exception it gets; this one keeps only the title, so release it here.
        using (response)
        {
            return new BackendException(backend, response.StatusCode, await TitleAsync(response).ConfigureAwait(false));
        }
    }

    public ValueTask<Exception?> FromBrokenContractAsync(HttpResponseMessage response, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(response);

        // The parser's message can quote the payload, so it stays in the inner exception, for logs only.
        return ValueTask.FromResult<Exception?>(
            new BackendException(backend, response.StatusCode, "The response did not match the contract.", exception));
    }

    private static async Task<string?> TitleAsync(HttpResponseMessage response)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || !mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        using var limit = new CancellationTokenSource(TitleReadLimit);
        return await ProblemTitle.ReadAsync(response.Content, limit.Token).ConfigureAwait(false);
    }
}
