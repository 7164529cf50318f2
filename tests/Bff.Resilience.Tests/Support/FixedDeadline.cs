namespace Bff.Resilience.Tests.Support;

/// <summary>An ambient deadline set by the test, standing in for the GraphQL server's.</summary>
public sealed class FixedDeadline : IRequestDeadlineAccessor
{
    public RequestDeadline? Current { get; set; }
}
