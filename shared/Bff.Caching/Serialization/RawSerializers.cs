using System.Buffers;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;

namespace Bff.Caching.Serialization;

/// <summary>Strings and byte arrays are stored as they are; they need no JSON context.</summary>
internal sealed class RawSerializers : IHybridCacheSerializer<string>, IHybridCacheSerializer<byte[]>
{
    public static readonly RawSerializers Instance = new();

    string IHybridCacheSerializer<string>.Deserialize(ReadOnlySequence<byte> source) => Encoding.UTF8.GetString(source);

    void IHybridCacheSerializer<string>.Serialize(string value, IBufferWriter<byte> target) => Encoding.UTF8.GetBytes(value, target);

    byte[] IHybridCacheSerializer<byte[]>.Deserialize(ReadOnlySequence<byte> source) => source.ToArray();

    void IHybridCacheSerializer<byte[]>.Serialize(byte[] value, IBufferWriter<byte> target) => target.Write(value);
}
