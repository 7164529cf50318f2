namespace Bff.Resilience.Pipeline;

/// <summary>Marks a backend that has a resilience handler, so readiness can list it before its first call.</summary>
internal sealed record BackendRegistration(string Backend);
