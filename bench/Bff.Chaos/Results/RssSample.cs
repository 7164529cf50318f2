namespace Bff.Chaos.Results;

/// <summary>One reading of a BFF's resident set size.</summary>
/// <param name="At">From the start of the run.</param>
/// <param name="Bff">Which BFF.</param>
/// <param name="Phase">The phase running then.</param>
/// <param name="Bytes">VmRSS.</param>
public sealed record RssSample(TimeSpan At, string Bff, string Phase, long Bytes);
