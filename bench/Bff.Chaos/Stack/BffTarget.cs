namespace Bff.Chaos.Stack;

/// <summary>One BFF of the stack: its process, address and the request budget it was started with.</summary>
/// <param name="Name"><c>bff-mobile</c> or <c>bff-web</c>.</param>
/// <param name="Process">The running process.</param>
/// <param name="Url">Its root address.</param>
/// <param name="Budget">Its <c>Resilience:RequestBudget</c>: no answer may take longer.</param>
public sealed record BffTarget(string Name, ServiceProcess Process, Uri Url, TimeSpan Budget);
