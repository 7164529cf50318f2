using System.Runtime.CompilerServices;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>Executes requests against a schema (spec section 6). Thread-safe; one instance serves every request.</summary>
public sealed partial class Executor(ExecutionOptions? options = null)
{
    // Whether a schema uses @cacheControl, found once per schema: schemas without it compute no policy at all.
    private static readonly ConditionalWeakTable<Schema, StrongBox<bool>> CacheHintUse = new();

    private readonly ExecutionOptions options = options ?? ExecutionOptions.Default;

    /// <summary>
    /// Executes the request. Request errors (no such operation, bad variables) give a result without data; field
    /// errors give partial data. Throws <see cref="OperationCanceledException"/> only when
    /// <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public Task<ExecutionResult> ExecuteAsync(
        Schema schema, ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(request);
        return Prepare(schema, request, out var prepared) is { } error
            ? Task.FromResult(error)
            : ExecuteAsync(schema, request, prepared, cancellationToken);
    }

    /// <summary>
    /// Selects the operation and coerces the variables (spec 6.1), or returns the request error. A server that needs
    /// the coerced variables before executing (to measure cost with them) prepares first, then executes.
    /// </summary>
    internal static ExecutionResult? Prepare(Schema schema, ExecutionRequest request, out PreparedOperation prepared)
    {
        prepared = default;
        var operation = OperationSelector.Select(request.Document, request.OperationName, out var selectionError);
        if (operation is null)
        {
            return ExecutionResult.RequestError(selectionError!);
        }

        var rootType = schema.GetRootType(operation.Operation);
        if (rootType is null || operation.Operation == OperationType.Subscription)
        {
            var what = operation.Operation.ToString().ToLowerInvariant();
            return ExecutionResult.RequestError(GraphQLError.At(rootType is null
                ? $"Schema is not configured to execute {what} operation."
                : "Subscriptions are not supported by this executor; use a query or mutation.", [operation]));
        }

        var variableErrors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(schema, operation, request.VariableValues, variableErrors);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.RequestError(variableErrors);
        }

        prepared = new PreparedOperation(operation, rootType, variables);
        return null;
    }

    /// <summary>Executes an operation that <see cref="Prepare"/> has selected and whose variables it has coerced.</summary>
    internal async Task<ExecutionResult> ExecuteAsync(
        Schema schema, ExecutionRequest request, PreparedOperation prepared, CancellationToken cancellationToken)
    {
        var engine = new ExecutionEngine(
            schema, FieldPlanCache.For(schema, request.Document), prepared.Variables, request.Services ?? EmptyServices.Instance,
            options, cancellationToken) { TracksCacheHints = UsesCacheHints(schema) };
        var data = await engine.ExecuteAsync(
            prepared.RootType, request.RootValue, prepared.Operation.SelectionSet,
            serially: prepared.Operation.Operation == OperationType.Mutation);
        return new ExecutionResult(data, engine.Errors, hasData: true)
        {
            Extensions = engine.ResponseExtensions(),
            CachePolicy = engine.ComputeCachePolicy(),
        };
    }

    private static bool UsesCacheHints(Schema schema) =>
        CacheHintUse.GetValue(schema, static s => new StrongBox<bool>(Caching.CacheHints.AreUsedIn(s))).Value;

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
