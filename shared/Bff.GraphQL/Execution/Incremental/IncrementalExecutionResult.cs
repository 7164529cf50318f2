namespace Bff.GraphQL.Execution.Incremental;

/// <summary>
/// The outcome of executing with incremental delivery: the initial result and, while <see cref="HasNext"/>, the
/// subsequent payloads in the order they are produced. Reading <see cref="Subsequent"/> to its end (or cancelling the
/// execution's token) is what ends the execution.
/// </summary>
public sealed class IncrementalExecutionResult
{
    internal IncrementalExecutionResult(
        ExecutionResult initial, IReadOnlyList<PendingResult> pending, IAsyncEnumerable<SubsequentResult> subsequent, Task completion)
    {
        Initial = initial;
        Pending = pending;
        Subsequent = subsequent;
        Completion = completion;
    }

    /// <summary>The initial result: what is not deferred.</summary>
    public ExecutionResult Initial { get; }

    /// <summary>The parts announced with the initial result; empty when nothing was deferred.</summary>
    public IReadOnlyList<PendingResult> Pending { get; }

    /// <summary>True when subsequent payloads follow the initial result.</summary>
    public bool HasNext => Pending.Count > 0;

    public IAsyncEnumerable<SubsequentResult> Subsequent { get; }

    /// <summary>Completes when execution has ended (faulted or cancelled when it did not finish).</summary>
    public Task Completion { get; }
}
