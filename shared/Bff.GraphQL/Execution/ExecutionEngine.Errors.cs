using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    public const string UnexpectedErrorMessage = "Unexpected execution error";

    private bool anyDiscarded;
    private bool dataDiscarded;

    /// <summary>
    /// True when a null that replaced a position above <paramref name="node"/> makes its work moot; nothing to walk
    /// while no position has been nulled, which is nearly always.
    /// </summary>
    internal bool IsMoot(ResultNode node) => anyDiscarded && node.IsDiscarded;

    /// <summary>
    /// Handles a field error (spec 6.4.4): the error is recorded once, and the slot becomes null when it may;
    /// otherwise the null moves up to the nearest nullable position. Errors below an already nulled position are moot.
    /// </summary>
    private void Fail(Exception exception, PlannedField field, bool nullable, ResultNode container, int index)
    {
        if (IsMoot(container))
        {
            return;
        }

        Record(ToError(exception, field.FieldNodes, container.PathTo(index)), container);
        if (nullable)
        {
            container.SetValue(index, null);
            return;
        }

        anyDiscarded = true;
        for (var node = container; ; node = node.Parent)
        {
            node.Discard();
            if (node.Parent is null)
            {
                dataDiscarded = true;
                return;
            }

            if (node.NullableInParent)
            {
                node.Parent.SetValue(node.ParentIndex, null);
                return;
            }
        }
    }

    /// <summary>The error reported for an exception: located, masked unless meant for clients, then filtered.</summary>
    private GraphQLError ToError(Exception exception, List<FieldNode> fieldNodes, IReadOnlyList<object> path)
    {
        var error = Locate(exception, fieldNodes, path, out var masked);
        foreach (var filter in options.ErrorFilters)
        {
            try
            {
                error = filter.OnError(error, exception) ?? error;
            }
            catch (Exception filterFailure)
            {
                // A broken filter must not break the response: the error stays as it was, and the failure is logged.
                options.OnUnexpectedError?.Invoke(filterFailure, error);
            }
        }

        if (masked && ReferenceEquals(error.Message, UnexpectedErrorMessage))
        {
            options.OnUnexpectedError?.Invoke(exception, error);
        }

        return error;
    }

    /// <summary>
    /// Locates an exception at the field. Only messages meant for clients (<see cref="GraphQLException"/>, coercion
    /// failures) pass through; anything else is masked, since its message may carry internals.
    /// </summary>
    private GraphQLError Locate(Exception exception, List<FieldNode> fieldNodes, IReadOnlyList<object> path, out bool masked)
    {
        masked = false;
        switch (exception)
        {
            case GraphQLException graphQLException:
                return GraphQLError.At(graphQLException.Message, fieldNodes, path, ExtensionsOf(graphQLException));
            case GraphQLCoercionException coercion:
                return GraphQLError.At(coercion.Message, fieldNodes, path);
        }

        masked = true;
        var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalError };
        if (options.IncludeExceptionDetails)
        {
            extensions["exception"] = new Dictionary<string, object?>
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
            };
        }

        return GraphQLError.At(UnexpectedErrorMessage, fieldNodes, path, extensions);
    }

    private static Dictionary<string, object?>? ExtensionsOf(GraphQLException exception)
    {
        if (exception.Code is null && exception.Extensions is null)
        {
            return null;
        }

        var extensions = exception.Extensions is null
            ? new Dictionary<string, object?>()
            : new Dictionary<string, object?>(exception.Extensions);
        if (exception.Code is not null)
        {
            extensions["code"] = exception.Code;
        }

        return extensions;
    }
}
