using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    /// <summary>
    /// Reserves a slot per response key in <paramref name="map"/> and creates a task per field to resolve;
    /// <c>__typename</c> and unknown fields are settled on the spot (null entries).
    /// </summary>
    private FieldTask?[] CreateFieldTasks(
        ObjectType objectType, object? parent, Dictionary<string, List<FieldNode>> fields, ResultMap map, ResponsePath? path)
    {
        var tasks = new FieldTask?[fields.Count];
        var index = 0;
        foreach (var (responseKey, fieldNodes) in fields)
        {
            map.SetName(index, responseKey);
            var field = FindField(objectType, fieldNodes[0].Name.Value);
            if (field == Schema.TypeNameField)
            {
                map.SetValue(index, objectType.Name);
            }
            else if (field is not null)
            {
                // Unknown fields are rejected by validation; spec 6.3 says to skip any that get this far.
                tasks[index] = new FieldTask(
                    objectType, parent, fieldNodes, field, new ResponsePath(path, responseKey), map, index);
            }

            index++;
        }

        return tasks;
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

    /// <summary>
    /// Handles a field error (spec 6.4.4): the error is recorded once, and the slot becomes null when it may;
    /// otherwise the null moves up to the nearest nullable position. Errors below an already nulled position are moot.
    /// </summary>
    private void Fail(Exception exception, FieldTask task, ResponsePath path, bool nullable, ResultNode container, int index)
    {
        if (container.IsDiscarded)
        {
            return;
        }

        Record(ToError(exception, task.FieldNodes, path));
        if (nullable)
        {
            container.SetValue(index, null);
            return;
        }

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
}
