using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>JSON content sent without a Content-Length, so a server cannot refuse it up front and must count while reading.</summary>
public sealed class UnsizedJsonContent : HttpContent
{
    private readonly byte[] body;

    public UnsizedJsonContent(string json)
    {
        body = Encoding.UTF8.GetBytes(json);
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
