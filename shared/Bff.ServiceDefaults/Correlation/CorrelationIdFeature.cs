namespace Bff.ServiceDefaults.Correlation;

/// <summary>Holds the id decided for one request, so every reader sees the same value.</summary>
internal sealed record CorrelationIdFeature(string Value);
