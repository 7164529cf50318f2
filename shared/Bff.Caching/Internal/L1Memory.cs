using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Bff.Caching.Internal;

/// <summary>FusionCache's L1: a MemoryCache of its own, bounded by <c>Caching:L1SizeLimit</c> (each entry has size 1).</summary>
internal sealed class L1Memory(IOptions<CachingOptions> options) : IDisposable
{
    public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = options.Value.L1SizeLimit });

    public void Dispose() => Cache.Dispose();
}
