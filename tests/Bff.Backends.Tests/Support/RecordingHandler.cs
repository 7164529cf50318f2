using System.Net;
using System.Text;

namespace Bff.Backends.Tests.Support;

/// <summary>A primary handler that records each request (with its body read) and answers from a queue or a default.</summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> answers = new();

    public List<RecordedRequest> Requests { get; } = [];

    public List<TrackingContent> Contents { get; } = [];

    public RecordedRequest Last => Requests[^1];

    public RecordingHandler Answer(HttpStatusCode status, string? json = null, string mediaType = "application/json")
    {
        answers.Enqueue(() =>
        {
            var content = new TrackingContent(json ?? "", mediaType);
            Contents.Add(content);
            return new HttpResponseMessage(status) { Content = content };
        });
        return this;
    }

    /// <summary>The next call fails in transport, as a refused connection would.</summary>
    public RecordingHandler Fail(Exception exception)
    {
        answers.Enqueue(() => throw exception);
        return this;
    }


    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value)),
            body, request.Content?.Headers.ContentType?.MediaType, request.Content?.Headers.ContentLength));
        return answers.Count > 0 ? answers.Dequeue()() : new HttpResponseMessage(HttpStatusCode.OK) { Content = new TrackingContent("{}", "application/json") };
    }
}

public sealed record RecordedRequest(
    HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body, string? MediaType, long? ContentLength)
{
    public string PathAndQuery => Uri.PathAndQuery;
}

/// <summary>Response content that remembers being disposed, to prove the client releases every response.</summary>
public sealed class TrackingContent(string text, string mediaType) : StringContent(text, Encoding.UTF8, mediaType)
{
    public bool Disposed { get; private set; }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
