using System.Buffers.Binary;
using System.Text;

namespace Bff.Caching.Internal;

/// <summary>
/// Binary framing of an envelope for L2. The payload itself is already JSON from the caller's
/// serializer; framing it in binary avoids base64 and a second JSON pass on every L2 read.
/// Layout: version byte, three UTC tick counts, tag count, length-prefixed UTF-8 tags, payload.
/// </summary>
internal static class EnvelopeCodec
{
    private const byte Version = 1;
    private const int HeaderLength = 1 + (3 * sizeof(long)) + sizeof(ushort);

    public static byte[] Encode(CacheEnvelope envelope)
    {
        var tagLength = envelope.Tags.Sum(t => sizeof(ushort) + Encoding.UTF8.GetByteCount(t));
        var bytes = new byte[HeaderLength + tagLength + envelope.Payload.Length];
        var span = bytes.AsSpan();
        span[0] = Version;
        BinaryPrimitives.WriteInt64LittleEndian(span[1..], envelope.Created.UtcTicks);
        BinaryPrimitives.WriteInt64LittleEndian(span[9..], envelope.FreshUntil.UtcTicks);
        BinaryPrimitives.WriteInt64LittleEndian(span[17..], envelope.StaleUntil.UtcTicks);
        BinaryPrimitives.WriteUInt16LittleEndian(span[25..], checked((ushort)envelope.Tags.Length));
        var offset = HeaderLength;
        foreach (var tag in envelope.Tags)
        {
            var written = Encoding.UTF8.GetBytes(tag, span[(offset + sizeof(ushort))..]);
            BinaryPrimitives.WriteUInt16LittleEndian(span[offset..], checked((ushort)written));
            offset += sizeof(ushort) + written;
        }

        envelope.Payload.Span.CopyTo(span[offset..]);
        return bytes;
    }

    /// <summary>Returns null for bytes this version did not write, so a format change reads as a miss.</summary>
    public static CacheEnvelope? TryDecode(byte[] bytes)
    {
        if (bytes.Length < HeaderLength || bytes[0] != Version)
        {
            return null;
        }

        var span = bytes.AsSpan();
        var tags = new string[BinaryPrimitives.ReadUInt16LittleEndian(span[25..])];
        var offset = HeaderLength;
        for (var i = 0; i < tags.Length; i++)
        {
            var length = BinaryPrimitives.ReadUInt16LittleEndian(span[offset..]);
            offset += sizeof(ushort);
            if (offset + length > bytes.Length)
            {
                return null;
            }

            tags[i] = Encoding.UTF8.GetString(span.Slice(offset, length));
            offset += length;
        }

        return new CacheEnvelope(
            Time(span[1..]),
            Time(span[9..]),
            Time(span[17..]),
            tags,
            bytes.AsMemory(offset));
    }

    private static DateTimeOffset Time(ReadOnlySpan<byte> span) =>
        new(BinaryPrimitives.ReadInt64LittleEndian(span), TimeSpan.Zero);
}
