using Bff.Caching.Internal;

namespace Bff.Caching.Tests.Internal;

public class EnvelopeCodecTests
{
    [Fact]
    public void AnEnvelopeSurvivesTheRoundTripThroughBytes()
    {
        var created = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var envelope = new CacheEnvelope(created, created.AddSeconds(10), created.AddMinutes(1), ["product:1", "catalog é"], new byte[] { 7, 8, 9 });

        var decoded = EnvelopeCodec.TryDecode(EnvelopeCodec.Encode(envelope))!;

        Assert.Equal((envelope.Created, envelope.FreshUntil, envelope.StaleUntil), (decoded.Created, decoded.FreshUntil, decoded.StaleUntil));
        Assert.Equal(envelope.Tags, decoded.Tags);
        Assert.Equal(envelope.Payload.ToArray(), decoded.Payload.ToArray());
    }

    [Fact]
    public void BytesOfAnotherFormatReadAsAMiss()
    {
        Assert.Null(EnvelopeCodec.TryDecode([2, 0, 0]));
        Assert.Null(EnvelopeCodec.TryDecode(new byte[40]));
    }

    [Fact]
    public void TruncatedTagsReadAsAMiss()
    {
        var envelope = new CacheEnvelope(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, ["a-long-tag"], Array.Empty<byte>());

        Assert.Null(EnvelopeCodec.TryDecode(EnvelopeCodec.Encode(envelope)[..30]));
    }
}
