using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>
/// The state of one operation's execution (spec 6.3, 6.4): executes selection sets, resolves fields and completes
/// their values, with null propagation.
/// </summary>
internal sealed partial class OperationContext
{
    private readonly List<GraphQLError> errors = [];
    private readonly ExecutionOptions options;

    public OperationContext(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider services,
        ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Variables = variables;
        Services = services;
        CancellationToken = cancellationToken;
        Collector = new FieldCollector(schema, fragments, variables);
        this.options = options;
    }

    public Schema Schema { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    public CancellationToken CancellationToken { get; }

    public FieldCollector Collector { get; }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    /// <summary>ExecuteSelectionSet (spec 6.3): in parallel for queries, one after another for mutations.</summary>
    public async ValueTask<ResultMap> ExecuteFieldsAsync(
        ObjectType objectType, object? parent, Dictionary<string, List<FieldNode>> fields, ResponsePath? path, bool serially)
    {
        var result = new ResultMap(fields.Count);
        ValueTask<object?>[]? pending = null;
        var index = 0;
        foreach (var (responseKey, fieldNodes) in fields)
        {
            result.SetName(index, responseKey);
            var field = FindField(objectType, fieldNodes[0].Name.Value);
            if (field is null)
            {
                // Unknown fields are rejected by validation; spec 6.3 says to skip them if they get this far.
                result.SetValue(index++, null);
                continue;
            }

            var fieldPath = new ResponsePath(path, responseKey);
            var task = field == Schema.TypeNameField
                ? new ValueTask<object?>(objectType.Name)
                : ExecuteFieldAsync(objectType, parent, fieldNodes, field, fieldPath);
            if (serially || task.IsCompletedSuccessfully)
            {
                result.SetValue(index, await task);
            }
            else
            {
                (pending ??= new ValueTask<object?>[fields.Count])[index] = task;
            }

            index++;
        }

        if (pending is not null)
        {
            await AwaitPendingAsync(result, pending);
        }

        return result;
    }

    private static async ValueTask AwaitPendingAsync(ResultMap result, ValueTask<object?>[] pending)
    {
        FieldError? propagated = null;
        for (var i = 0; i < pending.Length; i++)
        {
            if (pending[i] is var task && task != default)
            {
                try
                {
                    result.SetValue(i, await task);
                }
                catch (FieldError error)
                {
                    // Keep awaiting the siblings: they may still record their own errors.
                    propagated ??= error;
                }
            }
        }

        if (propagated is not null)
        {
            throw propagated;
        }
    }

    private OutputField? FindField(ObjectType objectType, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            return name switch
            {
                "__typename" => Schema.TypeNameField,
                "__schema" when objectType == Schema.QueryType => Schema.SchemaField,
                "__type" when objectType == Schema.QueryType => Schema.TypeField,
                _ => null,
            };
        }

        return objectType.Fields.TryGetValue(name, out var field) ? field : null;
    }

    private void Record(GraphQLError error)
    {
        lock (errors)
        {
            errors.Add(error);
        }
    }
}
