using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    public const string UnexpectedErrorMessage = "Unexpected execution error";

    /// <summary>
    /// Locates an exception at the field. Only messages meant for clients (<see cref="GraphQLException"/>, coercion
    /// failures) pass through; anything else is masked, since its message may carry internals.
    /// </summary>
    private GraphQLError ToError(Exception exception, List<FieldNode> fieldNodes, ResponsePath path)
    {
        switch (exception)
        {
            case GraphQLException graphQLException:
                return GraphQLError.At(graphQLException.Message, fieldNodes, path.ToList(), ExtensionsOf(graphQLException));
            case GraphQLCoercionException coercion:
                return GraphQLError.At(coercion.Message, fieldNodes, path.ToList());
        }

        var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalError };
        if (options.IncludeExceptionDetails)
        {
            extensions["exception"] = new Dictionary<string, object?>
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
            };
        }

        var error = GraphQLError.At(UnexpectedErrorMessage, fieldNodes, path.ToList(), extensions);
        options.OnUnexpectedError?.Invoke(exception, error);
        return error;
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
