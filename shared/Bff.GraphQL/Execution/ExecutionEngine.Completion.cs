using System.Collections;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    /// <summary>A suspended resolver has finished: take its result (or its exception) and complete it.</summary>
    internal void Resume(FieldTask task)
    {
        object? result;
        try
        {
            result = task.Resolving.GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            if (!task.Target.IsDiscarded)
            {
                FieldFailed(task, exception);
            }

            return;
        }

        if (!task.Target.IsDiscarded)
        {
            CompleteField(task, result);
        }
    }

    internal void CompleteField(FieldTask task, object? result) =>
        CompleteValue(task.Field.Type, task, result, task.Target, task.Index, task.ResponsePath);

    internal void FieldFailed(FieldTask task, Exception exception) =>
        Fail(exception, task, task.ResponsePath, task.Field.Type is not NonNullType, task.Target, task.Index);

    /// <summary>CompleteValue (spec 6.4.3) into slot <paramref name="index"/> of <paramref name="container"/>.</summary>
    private void CompleteValue(IType type, FieldTask task, object? result, ResultNode container, int index, ResponsePath path)
    {
        var nullable = type is not NonNullType;
        try
        {
            var inner = nullable ? type : ((NonNullType)type).OfType;
            if (result is Exception returned)
            {
                throw returned;
            }

            if (result is null)
            {
                container.SetValue(index, nullable ? null : throw NonNullViolation(task));
                return;
            }

            switch (inner)
            {
                case ScalarType scalar:
                    container.SetValue(index, scalar.Serialize(result) ?? (nullable ? null : throw NonNullViolation(task)));
                    break;
                case EnumType enumType:
                    container.SetValue(index, enumType.Serialize(result) ?? (nullable ? null : throw NonNullViolation(task)));
                    break;
                case ListType list:
                    CompleteList(list, nullable, task, result, container, index, path);
                    break;
                default:
                    var objectType = inner as ObjectType ?? ResolveAbstractType((NamedType)inner, task, result);
                    CompleteObject(objectType, nullable, task, result, container, index, path);
                    break;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            Fail(exception, task, path, nullable, container, index);
        }
    }

    private void CompleteList(
        ListType type, bool nullable, FieldTask task, object result, ResultNode container, int index, ResponsePath path)
    {
        if (result is string or IDictionary || result is not IEnumerable enumerable)
        {
            throw new GraphQLException(
                $"Expected Iterable, but did not find one for field \"{task.ObjectType.Name}.{task.Field.Name}\".");
        }

        var items = enumerable as IList ?? enumerable.Cast<object?>().ToList();
        var list = new ResultList(items.Count, container, index, nullable, itemsNullable: type.OfType is not NonNullType);
        container.SetValue(index, list);
        for (var i = 0; i < items.Count && !list.IsDiscarded; i++)
        {
            CompleteValue(type.OfType, task, items[i], list, i, new ResponsePath(path, i));
        }
    }

    private void CompleteObject(
        ObjectType objectType, bool nullable, FieldTask task, object result, ResultNode container, int index, ResponsePath path)
    {
        var fields = CollectSubfields(objectType, task.FieldNodes);
        var map = new ResultMap(fields.Count, container, index, nullable);
        container.SetValue(index, map);
        foreach (var fieldTask in CreateFieldTasks(objectType, result, fields, map, path))
        {
            if (fieldTask is not null)
            {
                ready.Enqueue(fieldTask);
            }
        }
    }

    private ObjectType ResolveAbstractType(NamedType abstractType, FieldTask task, object result)
    {
        var runtimeType = Schema.ResolveObjectType(abstractType, result)
            ?? throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{task.ObjectType.Name}.{task.Field.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        return Schema.IsPossibleType(abstractType, runtimeType)
            ? runtimeType
            : throw new GraphQLException($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".");
    }

    private static GraphQLException NonNullViolation(FieldTask task) =>
        new($"Cannot return null for non-nullable field {task.ObjectType.Name}.{task.Field.Name}.");

    private Dictionary<string, List<FieldNode>> CollectSubfields(ObjectType objectType, List<FieldNode> fieldNodes)
    {
        // The same selection on the same type (every item of a list) collects once per request.
        if (fieldNodes.Count != 1 || fieldNodes[0].SelectionSet is not { } selectionSet)
        {
            return Collector.CollectSubfields(objectType, fieldNodes);
        }

        if (!subfieldCache.TryGetValue((objectType, selectionSet), out var fields))
        {
            fields = Collector.CollectSubfields(objectType, fieldNodes);
            subfieldCache[(objectType, selectionSet)] = fields;
        }

        return fields;
    }
}
