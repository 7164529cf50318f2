using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Server.Persisted;
using Bff.GraphQL.Types;
using Bff.GraphQL.Validation;
using Microsoft.Extensions.Logging;

namespace Bff.GraphQL.Server;

/// <summary>
/// Runs GraphQL requests against one schema: resolves the document (persisted, cached or parsed and validated),
/// checks what the transport allows, executes it within the execution timeout. One instance per service.
/// </summary>
public sealed partial class GraphQLRequestExecutor
{
    private readonly GraphQLServerOptions options;
    private readonly DocumentResolver documents;

    /// <summary>The cache of parsed and validated documents, for tests of its bound.</summary>
    internal DocumentCache DocumentCache => documents.Cache;
    private readonly Executor executor;

    public GraphQLRequestExecutor(
        Schema schema,
        GraphQLServerOptions options,
        ILogger<GraphQLRequestExecutor> logger,
        IPersistedOperationStore? persisted = null,
        IAutomaticPersistedQueryStore? automatic = null,
        IEnumerable<IErrorFilter>? errorFilters = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        Schema = schema;
        this.options = options;
        documents = new DocumentResolver(schema, options, persisted, automatic);
        executor = new Executor(new ExecutionOptions
        {
            IncludeExceptionDetails = options.IncludeExceptionDetails,
            OnUnexpectedError = (exception, error) => LogUnexpectedError(logger, exception, string.Join('.', error.Path ?? [])),
            ErrorFilters = [.. errorFilters ?? []],
        });
    }

    /// <summary>The schema requests run against.</summary>
    public Schema Schema { get; }

    /// <summary>Runs one request. Throws <see cref="OperationCanceledException"/> only when the caller cancels.</summary>
    public async Task<GraphQLResponse> ExecuteAsync(
        GraphQLRequest request, IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (document, error) = await documents.ResolveAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (document!.Errors.Count > 0)
        {
            return GraphQLResponse.Errors(document.Errors);
        }

        var operation = OperationSelector.Select(document.Document, request.OperationName, out _);
        if (request.IsReadOnly && operation?.Operation == OperationType.Mutation)
        {
            return GraphQLResponse.Error(RequestErrorKind.MethodNotAllowed,
                "Mutations cannot be sent with GET; use POST.", ServerErrorCodes.MutationOverGet);
        }

        var executionRequest = new ExecutionRequest(document.Document, request.OperationName, request.Variables) { Services = services };
        if (Executor.Prepare(Schema, executionRequest, out var prepared) is { } requestError)
        {
            return new GraphQLResponse(requestError, RequestErrorKind.BadRequest) { Operation = operation };
        }

        if (MeasureCostAgain(document, request))
        {
            var limits = DocumentValidator.ValidateLimits(Schema, document.Document, options.Validation, prepared.Variables);
            if (!limits.IsValid)
            {
                return GraphQLResponse.Errors(limits.Errors);
            }
        }

        if (request.IncrementalDelivery is { } format && SupportsIncrementalDelivery)
        {
            return await ExecuteIncrementallyAsync(executionRequest, prepared, format, operation, cancellationToken);
        }

        using var timeout = new CancellationTokenSource(options.ExecutionTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var result = await executor.ExecuteAsync(Schema, executionRequest, prepared, linked.Token);
            return new GraphQLResponse(result, RequestErrorKind.None) { Operation = operation };
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return GraphQLResponse.Error(RequestErrorKind.Timeout,
                $"The operation did not complete within {options.ExecutionTimeout.TotalSeconds:0.###} s.", ServerErrorCodes.Timeout);
        }
    }

    /// <summary>
    /// The cached verdict costed list sizes given by variables at their defaults; when the document has such sizes
    /// and the request gives variables, the limits are measured again with their coerced values, so <c>first: $n</c>
    /// cannot slip past in any spelling. Documents whose cost no variable touches are never measured twice.
    /// </summary>
    private bool MeasureCostAgain(CachedDocument document, GraphQLRequest request) =>
        options.Validation.MaxCost is not null
        && document.CostDependsOnVariables
        && request.Variables is { Count: > 0 };

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unexpected execution error at {Path}")]
    private static partial void LogUnexpectedError(ILogger logger, Exception exception, string path);
}
