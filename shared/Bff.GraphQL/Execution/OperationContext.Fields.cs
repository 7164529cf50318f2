using System.Collections;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

internal sealed partial class OperationContext
{
    /// <summary>ExecuteField (spec 6.4): coerce arguments, resolve, complete; errors null the nearest nullable position.</summary>
    private async ValueTask<object?> ExecuteFieldAsync(
        ObjectType objectType, object? parent, List<FieldNode> fieldNodes, OutputField field, ResponsePath path)
    {
        try
        {
            var arguments = ArgumentCoercion.Coerce(field.Arguments, fieldNodes[0].Arguments, Variables);
            var context = new ResolverContext(this, objectType, field, fieldNodes[0], path, parent, arguments);
            var resolver = field.Resolver
                ?? throw new InvalidOperationException($"No resolver is bound to {field.Coordinate}.");
            var resolved = await resolver(context);
            return await CompleteValueAsync(field.Type, objectType, field, fieldNodes, resolved, path);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(exception, field.Type, fieldNodes, path);
        }
    }

    private object? HandleFieldError(Exception exception, IType type, List<FieldNode> fieldNodes, ResponsePath path)
    {
        var error = exception as FieldError ?? new FieldError(ToError(exception, fieldNodes, path));
        if (type is NonNullType)
        {
            throw error;
        }

        Record(error.Error);
        return null;
    }

    /// <summary>CompleteValue (spec 6.4.3).</summary>
    private async ValueTask<object?> CompleteValueAsync(
        IType type, ObjectType parentType, OutputField field, List<FieldNode> fieldNodes, object? result, ResponsePath path)
    {
        if (type is NonNullType nonNull)
        {
            var completed = await CompleteValueAsync(nonNull.OfType, parentType, field, fieldNodes, result, path);
            return completed ?? throw new GraphQLException(
                $"Cannot return null for non-nullable field {parentType.Name}.{field.Name}.");
        }

        switch (result)
        {
            case null:
                return null;
            case Exception exception:
                throw new FieldError(ToError(exception, fieldNodes, path));
        }

        return type switch
        {
            ScalarType scalar => scalar.Serialize(result),
            EnumType enumType => enumType.Serialize(result),
            ListType list => await CompleteListAsync(list, parentType, field, fieldNodes, result, path),
            ObjectType objectType => await CompleteObjectAsync(objectType, fieldNodes, result, path),
            _ => await CompleteAbstractAsync((NamedType)type, parentType, field, fieldNodes, result, path),
        };
    }

    private async ValueTask<object?> CompleteListAsync(
        ListType type, ObjectType parentType, OutputField field, List<FieldNode> fieldNodes, object result, ResponsePath path)
    {
        if (result is string or IDictionary || result is not IEnumerable items)
        {
            throw new GraphQLException(
                $"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Name}\".");
        }

        var completed = result is ICollection collection ? new List<object?>(collection.Count) : [];
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = new ResponsePath(path, index++);
            try
            {
                completed.Add(await CompleteValueAsync(type.OfType, parentType, field, fieldNodes, item, itemPath));
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
            {
                completed.Add(HandleFieldError(exception, type.OfType, fieldNodes, itemPath));
            }
        }

        return completed;
    }

    private ValueTask<ResultMap> CompleteObjectAsync(
        ObjectType objectType, List<FieldNode> fieldNodes, object result, ResponsePath path)
    {
        var subfields = Collector.CollectSubfields(objectType, fieldNodes);
        return ExecuteFieldsAsync(objectType, result, subfields, path, serially: false);
    }

    private async ValueTask<object?> CompleteAbstractAsync(
        NamedType abstractType, ObjectType parentType, OutputField field, List<FieldNode> fieldNodes, object result, ResponsePath path)
    {
        var runtimeType = Schema.ResolveObjectType(abstractType, result)
            ?? throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        if (!Schema.IsPossibleType(abstractType, runtimeType))
        {
            throw new GraphQLException($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return await CompleteObjectAsync(runtimeType, fieldNodes, result, path);
    }
}
