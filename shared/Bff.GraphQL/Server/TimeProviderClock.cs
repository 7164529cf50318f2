using Microsoft.Extensions.Internal;

namespace Bff.GraphQL.Server;

/// <summary><see cref="Microsoft.Extensions.Caching.Memory.MemoryCache"/>'s clock on a <see cref="TimeProvider"/>, so tests can move time.</summary>
internal sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
