using Bff.GraphQL.Execution;
using Bff.GraphQL.Execution.Incremental;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Server;

public sealed partial class GraphQLRequestExecutor
{
    /// <summary>True when the schema has <c>@defer</c> or <c>@stream</c> (<c>ModifyOptions(o =&gt; o.EnableDefer = true)</c>).</summary>
    private bool SupportsIncrementalDelivery =>
        Schema.GetDirective(IncrementalDirectives.Defer.Name) is not null || Schema.GetDirective(IncrementalDirectives.Stream.Name) is not null;

    /// <summary>
    /// Executes with incremental delivery. The execution timeout covers every part, and the tokens live until the
    /// last part is produced (or the client goes away, which cancels every resolver still running).
    /// </summary>
    private async Task<GraphQLResponse> ExecuteIncrementallyAsync(
        ExecutionRequest request, PreparedOperation prepared, IncrementalFormat format, OperationDefinitionNode? operation,
        CancellationToken cancellationToken)
    {
        var timeout = new CancellationTokenSource(options.ExecutionTimeout);
        var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        IncrementalExecutionResult result;
        try
        {
            result = await executor.ExecuteIncrementallyAsync(Schema, request, prepared, format, linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Dispose(timeout, linked);
            return GraphQLResponse.Error(RequestErrorKind.Timeout,
                $"The operation did not complete within {options.ExecutionTimeout.TotalSeconds:0.###} s.", ServerErrorCodes.Timeout);
        }
        catch
        {
            Dispose(timeout, linked);
            throw;
        }

        _ = result.Completion.ContinueWith(
            finished =>
            {
                // Observed here: a cancelled or failed execution has told its reader already.
                _ = finished.Exception;
                Dispose(timeout, linked);
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return new GraphQLResponse(result.Initial, RequestErrorKind.None)
        {
            Operation = operation,
            Incremental = result.HasNext ? result : null,
        };
    }

    private static void Dispose(CancellationTokenSource timeout, CancellationTokenSource linked)
    {
        linked.Dispose();
        timeout.Dispose();
    }
}
