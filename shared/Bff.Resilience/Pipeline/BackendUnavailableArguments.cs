namespace Bff.Resilience.Pipeline;

/// <summary>The arguments of the <see cref="BackendGuardStrategy.UnavailableEvent"/> telemetry event.</summary>
internal sealed record BackendUnavailableArguments(string Backend, BackendUnavailableReason Reason);
