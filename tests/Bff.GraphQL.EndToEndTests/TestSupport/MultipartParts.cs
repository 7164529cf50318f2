using System.Net.Http.Headers;
using System.Text;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>
/// Reads a <c>multipart/mixed</c> GraphQL response part by part as it arrives on the socket, the way an incremental
/// delivery client does (Apollo Client, meros): a part is complete once the delimiter after it has arrived, without
/// waiting for what follows the delimiter; each part's content type and JSON text.
/// </summary>
internal sealed class MultipartParts : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly Stream body;
    private readonly string delimiter;
    private readonly StringBuilder received = new();
    private readonly byte[] chunk = new byte[4096];
    private readonly Decoder decoder = Encoding.UTF8.GetDecoder();
    private bool preambleSkipped;

    private MultipartParts(HttpResponseMessage response, Stream body, string boundary)
    {
        this.response = response;
        this.body = body;
        delimiter = "\r\n--" + boundary;
    }

    public HttpResponseMessage Response => response;

    /// <summary>Sends the request and returns once the response headers are in; the body is read part by part.</summary>
    public static async Task<MultipartParts> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var contentType = response.Content.Headers.ContentType
            ?? throw new InvalidOperationException("The response has no Content-Type.");
        var boundary = contentType.Parameters.FirstOrDefault(p => p.Name == "boundary")?.Value?.Trim('"')
            ?? throw new InvalidOperationException($"The response is not multipart: {contentType}.");
        return new MultipartParts(response, await response.Content.ReadAsStreamAsync(), boundary);
    }

    public static HttpRequestMessage Post(string json, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    /// <summary>The next part's Content-Type and body, or null after the closing delimiter.</summary>
    public async Task<(string ContentType, string Json)?> NextAsync()
    {
        if (!preambleSkipped)
        {
            var start = await UntilDelimiterAsync();
            preambleSkipped = true;
            if (start is null)
            {
                return null;
            }
        }

        var part = await UntilDelimiterAsync();
        if (part is null || part.StartsWith("--", StringComparison.Ordinal))
        {
            return null;
        }

        var split = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = part[..split].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var contentType = headers.Select(h => h.Split(':', 2)).Where(h => h[0].Trim().Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            .Select(h => h[1].Trim()).FirstOrDefault() ?? string.Empty;
        return (contentType, part[(split + 4)..]);
    }

    /// <summary>The text up to the next delimiter (which is consumed); what is left at the end of the body, or null.</summary>
    private async Task<string?> UntilDelimiterAsync()
    {
        while (true)
        {
            var at = received.ToString().IndexOf(delimiter, StringComparison.Ordinal);
            if (at >= 0)
            {
                var text = received.ToString(0, at);
                received.Remove(0, at + delimiter.Length);
                return text;
            }

            var read = await body.ReadAsync(chunk);
            if (read == 0)
            {
                var rest = received.ToString();
                received.Clear();
                return rest.Length == 0 ? null : rest;
            }

            var chars = new char[decoder.GetCharCount(chunk, 0, read)];
            decoder.GetChars(chunk, 0, read, chars, 0);
            received.Append(chars);
        }
    }

    /// <summary>Every remaining part's JSON, to the closing boundary.</summary>
    public async Task<List<string>> RestAsync()
    {
        var parts = new List<string>();
        while (await NextAsync() is { } part)
        {
            parts.Add(part.Json);
        }

        return parts;
    }

    public async ValueTask DisposeAsync()
    {
        await body.DisposeAsync();
        response.Dispose();
    }
}
