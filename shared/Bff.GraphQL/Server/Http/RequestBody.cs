using System.Buffers;
using System.Text.Json;

namespace Bff.GraphQL.Server.Http;

/// <summary>
/// A POST body read into a pooled buffer, at most the configured size, and parsed as JSON. The parsed document
/// refers to the buffer, so both live until the response is written.
/// </summary>
internal sealed class RequestBody : IDisposable
{
    private byte[]? buffer;

    private RequestBody(byte[] buffer, JsonDocument json)
    {
        this.buffer = buffer;
        Json = json;
    }

    public JsonDocument Json { get; }

    public static async Task<RequestBody> ReadAsync(Stream body, long maxSize, int maxDepth, CancellationToken ct)
    {
        var limit = (int)Math.Min(maxSize, Array.MaxLength - 1);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, 16 * 1024));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await ReadChunkAsync(body, buffer.AsMemory(length), ct);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    throw new GraphQLHttpException(413, $"The request body is larger than {limit} bytes.");
                }
            }

            return new RequestBody(buffer, Parse(buffer.AsMemory(0, length), maxDepth));
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    // A body shorter than its Content-Length (the client stopped sending) or broken chunked framing is the client's
    // mistake: Kestrel's BadHttpRequestException carries the 4xx, which would otherwise surface as a 500.
    private static async ValueTask<int> ReadChunkAsync(Stream body, Memory<byte> destination, CancellationToken ct)
    {
        try
        {
            return await body.ReadAsync(destination, ct);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException exception)
        {
            throw new GraphQLHttpException(exception.StatusCode, "The request body could not be read: " + exception.Message);
        }
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> utf8, int maxDepth)
    {
        if (utf8.IsEmpty)
        {
            throw new GraphQLHttpException(400, "The request body is empty; expected a JSON object with a query.");
        }

        // System.Text.Json leaves string contents unchecked until they are read, so bad bytes are caught here
        // rather than as an exception half-way through reading the parameters.
        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            throw new GraphQLHttpException(400, "The request body is not valid UTF-8.");
        }

        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = maxDepth });
        }
        catch (JsonException exception)
        {
            throw new GraphQLHttpException(400, "The request body is not valid JSON: " + exception.Message);
        }
    }

    public void Dispose()
    {
        Json.Dispose();
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = null;
        }
    }
}
