using System.IO.Compression;
using System.Security.Cryptography;

namespace Bff.GraphQL.Ide.Internal;

/// <summary>One file of the IDE as served: its bytes, type, validator and, made once on first demand, compressed copies.</summary>
internal sealed class IdeFile
{
    // Fastest still shrinks the IDE's scripts about threefold (5 MB in 0.2 s) and keeps the first visit after a start quick.
    private const CompressionLevel Level = CompressionLevel.Fastest;
    private const int MinimumCompressedLength = 1024;

    private readonly Lazy<byte[]> brotli;
    private readonly Lazy<byte[]> gzip;

    public IdeFile(byte[] content, string contentType, bool immutable)
    {
        Content = content;
        ContentType = contentType;
        Immutable = immutable;
        ETag = "\"" + Convert.ToBase64String(SHA256.HashData(content), 0, 16).TrimEnd('=') + "\"";
        Compressible = content.Length >= MinimumCompressedLength && IdeContentTypes.IsCompressible(contentType);
        brotli = new Lazy<byte[]>(() => Compress(s => new BrotliStream(s, Level)));
        gzip = new Lazy<byte[]>(() => Compress(s => new GZipStream(s, Level)));
    }

    public byte[] Content { get; }

    public string ContentType { get; }

    /// <summary>True for the build's content-hashed files (<c>static/**</c>): a new IDE version has new names.</summary>
    public bool Immutable { get; }

    /// <summary>Strong validator of the uncompressed bytes; compressed copies append their encoding to it.</summary>
    public string ETag { get; }

    public bool Compressible { get; }

    public byte[] Encoded(string encoding) => encoding switch
    {
        "br" => brotli.Value,
        "gzip" => gzip.Value,
        _ => Content,
    };

    private byte[] Compress(Func<Stream, Stream> wrap)
    {
        using var output = new MemoryStream(Content.Length / 3);
        using (var compressor = wrap(output))
        {
            compressor.Write(Content);
        }

        return output.ToArray();
    }
}
