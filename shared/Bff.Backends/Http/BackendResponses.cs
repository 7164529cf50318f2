using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Bff.Backends.Http;

/// <summary>Response handling shared by every generated client; called by generated code, not by hand.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BackendResponses
{
    /// <summary>Deserializes a required body from the response stream; an empty or <c>null</c> body is an error.</summary>
    public static async Task<T> ReadAsync<T>(string backend, HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var value = await ReadNullableAsync(backend, response, typeInfo, cancellationToken).ConfigureAwait(false);
        return value ?? throw new BackendException(backend, response.StatusCode, "The response had no body.");
    }

    /// <summary>Deserializes a body that may be <c>null</c> from the response stream.</summary>
    public static async Task<T?> ReadNullableAsync<T>(string backend, HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Content.Headers.ContentLength == 0)
        {
            return default;
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException exception)
            {
                // The contract was broken; the parser's message can quote the payload, so it stays in the inner exception.
                throw new BackendException(backend, response.StatusCode, "The response did not match the contract.", exception);
            }
        }
    }

    /// <summary>The exception for a non-success answer, with the ProblemDetails title when there is one.</summary>
    public static async Task<BackendException> ErrorAsync(string backend, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var title = mediaType is not null && mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase)
            ? await ProblemTitle.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false)
            : null;
        return new BackendException(backend, response.StatusCode, title);
    }
}
