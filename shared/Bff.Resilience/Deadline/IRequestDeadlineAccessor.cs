namespace Bff.Resilience;

/// <summary>
/// Gives the deadline of the request being answered, if any. The GraphQL server (or the
/// <c>UseRequestDeadline</c> middleware) sets it; the resilience handler reads it.
/// </summary>
public interface IRequestDeadlineAccessor
{
    /// <summary>The current request's deadline, or null outside a request or when none was set.</summary>
    RequestDeadline? Current { get; }
}
