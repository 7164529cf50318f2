using Bff.GraphQL.Execution.Incremental;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

public sealed partial class Executor
{
    /// <summary>
    /// Executes the request with incremental delivery (graphql-js 17's <c>experimentalExecuteIncrementally</c>, or
    /// <c>legacyExecuteIncrementally</c> for <see cref="IncrementalFormat.Legacy20220824"/>): fragments with an active
    /// <c>@defer</c> and items beyond a <c>@stream</c>'s <c>initialCount</c> come in subsequent payloads, once the
    /// initial result is done. Cancelling <paramref name="cancellationToken"/> cancels every resolver, deferred ones too.
    /// </summary>
    public Task<IncrementalExecutionResult> ExecuteIncrementallyAsync(
        Schema schema, ExecutionRequest request, IncrementalFormat format = IncrementalFormat.Current,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(request);
        return Prepare(schema, request, out var prepared) is { } error
            ? Task.FromResult(Whole(error))
            : ExecuteIncrementallyAsync(schema, request, prepared, format, cancellationToken);
    }

    /// <summary>A result without subsequent payloads.</summary>
    internal static IncrementalExecutionResult Whole(ExecutionResult result) =>
        new(result, [], AsyncEnumerable.Empty<SubsequentResult>(), Task.CompletedTask);

    internal async Task<IncrementalExecutionResult> ExecuteIncrementallyAsync(
        Schema schema, ExecutionRequest request, PreparedOperation prepared, IncrementalFormat format,
        CancellationToken cancellationToken)
    {
        var publisher = new IncrementalPublisher(format);
        var engine = new ExecutionEngine(
            schema, FieldPlanCache.For(schema, request.Document), prepared.Variables, request.Services ?? EmptyServices.Instance,
            options, cancellationToken) { TracksCacheHints = false, Incremental = publisher };
        var run = RunAsync(engine, publisher, prepared, request.RootValue);
        var (data, pending) = await publisher.Initial.ConfigureAwait(false);

        // Resolvers of deferred parts may add extensions while the initial result is written: it gets a copy.
        var extensions = engine.ResponseExtensions() is { } added ? new Dictionary<string, object?>(added) : null;
        var initial = new ExecutionResult(data, [.. engine.Errors], hasData: true) { Extensions = extensions };
        return new IncrementalExecutionResult(initial, pending, publisher.Payloads.ReadAllAsync(CancellationToken.None), run);
    }

    private static async Task RunAsync(
        ExecutionEngine engine, IncrementalPublisher publisher, PreparedOperation prepared, object? rootValue)
    {
        try
        {
            // Off the caller's stack: the caller waits for the initial result only.
            await Task.Yield();
            await engine.ExecuteAsync(
                prepared.RootType, rootValue, prepared.Operation.SelectionSet,
                serially: prepared.Operation.Operation == Language.OperationType.Mutation).ConfigureAwait(false);
            publisher.End(null);
        }
        catch (Exception failure)
        {
            publisher.End(failure);
            throw;
        }
    }
}
