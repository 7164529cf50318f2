namespace DemoBackends.Tests.Support;

/// <summary>The real clock moved by a fixed offset, to mint tokens that are already expired.</summary>
internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
}
