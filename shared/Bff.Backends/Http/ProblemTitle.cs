using System.Buffers;
using System.Text.Json;

namespace Bff.Backends.Http;

/// <summary>Reads only the <c>title</c> of a ProblemDetails body, from a bounded prefix of the stream.</summary>
internal static class ProblemTitle
{
    // A ProblemDetails title sits near the top; a larger body is not worth reading for an error message.
    private const int MaxBytes = 16 * 1024;

    public static async Task<string?> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBytes);
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var length = await stream.ReadAtLeastAsync(buffer.AsMemory(0, MaxBytes), MaxBytes, throwOnEndOfStream: false, cancellationToken)
                    .ConfigureAwait(false);
                return Find(buffer.AsSpan(0, length));
            }
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException or JsonException or OperationCanceledException)
        {
            // The status alone still makes a useful error; a broken body must not hide it.
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? Find(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: true, state: default);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isTitle = reader.ValueTextEquals("title"u8);
            reader.Read();
            if (isTitle)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }
}
