namespace Bff.Chaos.Results;

/// <summary>One verdict of the run.</summary>
/// <param name="Name">What must hold, e.g. <c>steady: latency bounded by the deadline</c>.</param>
/// <param name="Passed">Whether it held.</param>
/// <param name="Detail">The figures behind the verdict.</param>
public sealed record Check(string Name, bool Passed, string Detail);
