using Bff.GraphQL.Server.Http;
using Microsoft.AspNetCore.Http;

namespace Bff.GraphQL.Tests.Server.Http;

public class RequestBodyTests
{
    [Fact]
    public async Task ABodyThatEndsBeforeItsDeclaredLengthIsTheClientsMistakeNotAServerError()
    {
        // What Kestrel's request stream does when the client stops sending before Content-Length bytes arrived.
        using var body = new TruncatedStream("{\"query\": \"{ __typ"u8.ToArray());

        var refused = await Assert.ThrowsAsync<GraphQLHttpException>(() => RequestBody.ReadAsync(body, 1024, 32, CancellationToken.None));

        Assert.Equal(StatusCodes.Status400BadRequest, refused.StatusCode);
        Assert.Equal("The request body could not be read: Unexpected end of request content.", refused.Message);
    }

    private sealed class TruncatedStream(byte[] start) : MemoryStream(start)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : throw new BadHttpRequestException("Unexpected end of request content.", StatusCodes.Status400BadRequest);
        }
    }
}
