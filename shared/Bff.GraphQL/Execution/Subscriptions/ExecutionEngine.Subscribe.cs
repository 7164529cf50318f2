using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    /// <summary>
    /// CreateSourceEventStream (spec 6.2.3.1): the subscription's one root field, its arguments coerced, and its
    /// subscribe function called (or, without one, its resolver, which must then return the stream). Returns the
    /// source stream, or the error located at the field (masked unless meant for clients, then filtered).
    /// </summary>
    public async Task<(IAsyncEnumerable<object?>? Source, GraphQLError? Error)> CreateSourceEventStreamAsync(
        ObjectType rootType, object? rootValue, OperationDefinitionNode operation)
    {
        var data = new ResultMap(PlanFor(rootType, operation.SelectionSet));
        if (data.Plan.Fields.Length == 0)
        {
            // Every root field skipped (@skip/@include): there is nothing to subscribe to.
            return (null, GraphQLError.At("The subscription selects no field.", [operation]));
        }

        var planned = data.Plan.Fields[0];
        if (planned.Field is not { } definition || planned.IsTypeName)
        {
            return (null, GraphQLError.At(
                $"The subscription field \"{planned.FieldNodes[0].Name.Value}\" is not defined.", planned.FieldNodes));
        }

        var path = data.PathTo(0);
        try
        {
            var task = new FieldTask(this, planned, rootValue, data, 0);
            var arguments = definition.Arguments.Count > 0 ? planned.CoerceArguments(Variables) : ArgumentCoercion.None;
            IResolverContext context = new DelegatedFieldContext(task, rootType, definition, rootValue, arguments);
            if (definition.Subscriber is { } subscribe)
            {
                return (await subscribe(context).ConfigureAwait(false), null);
            }

            var resolved = definition.Resolver is { } resolve ? await resolve(context).ConfigureAwait(false) : null;
            return resolved is IAsyncEnumerable<object?> stream
                ? (stream, null)
                : throw new InvalidOperationException(
                    $"Subscription field {definition.Coordinate} must return an event stream (IAsyncEnumerable); it returned {resolved?.GetType().Name ?? "null"}.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return (null, ToError(exception, planned.FieldNodes, path));
        }
    }

    /// <summary>The error a source stream that failed mid-way ends the response stream with, located at its root field.</summary>
    public GraphQLError SourceStreamError(ObjectType rootType, OperationDefinitionNode operation, Exception exception)
    {
        var data = new ResultMap(PlanFor(rootType, operation.SelectionSet));
        var planned = data.Plan.Fields[0];
        return ToError(exception, planned.FieldNodes, data.PathTo(0));
    }
}
