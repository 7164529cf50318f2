using System.Collections;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    /// <summary>CompleteValue (spec 6.4.3) into slot <paramref name="index"/> of <paramref name="container"/>.</summary>
    private void CompleteValue(IType type, PlannedField field, object? result, ResultNode container, int index)
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
                container.SetValue(index, nullable ? null : throw NonNullViolation(field));
                return;
            }

            switch (inner)
            {
                case ScalarType scalar:
                    container.SetValue(index, Serialize(scalar, result) ?? (nullable ? null : throw NonNullViolation(field)));
                    break;
                case EnumType enumType:
                    container.SetValue(index, enumType.Serialize(result) ?? (nullable ? null : throw NonNullViolation(field)));
                    break;
                case ListType list:
                    CompleteList(list, nullable, field, result, container, index);
                    break;
                default:
                    var objectType = inner as ObjectType ?? ResolveAbstractType((NamedType)inner, field, result);
                    CompleteObject(objectType, nullable, field, result, container, index);
                    break;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            Fail(exception, field, nullable, container, index);
        }
    }

    private void CompleteList(
        ListType type, bool nullable, PlannedField field, object result, ResultNode container, int index)
    {
        if (result is string or IDictionary || result is not IEnumerable enumerable)
        {
            throw new GraphQLException(
                $"Expected Iterable, but did not find one for field \"{field.ObjectType.Name}.{field.Field!.Name}\".");
        }

        var items = enumerable as IList ?? enumerable.Cast<object?>().ToList();
        if (TryStream(type, nullable, field, items, container, index))
        {
            return;
        }

        var list = new ResultList(items.Count, container, index, nullable, itemsNullable: type.OfType is not NonNullType);
        container.SetValue(index, list);
        for (var i = 0; i < items.Count && !IsMoot(list); i++)
        {
            CompleteValue(type.OfType, field, items[i], list, i);
        }
    }

    private void CompleteObject(
        ObjectType objectType, bool nullable, PlannedField field, object result, ResultNode container, int index)
    {
        var map = new ResultMap(SubfieldPlanFor(objectType, field.FieldNodes), container, index, nullable);
        container.SetValue(index, map);
        QueueFields(map, result, serial: null);
    }

    private ObjectType ResolveAbstractType(NamedType abstractType, PlannedField field, object result)
    {
        var runtimeType = Schema.ResolveObjectType(abstractType, result)
            ?? throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ObjectType.Name}.{field.Field!.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        return Schema.IsPossibleType(abstractType, runtimeType)
            ? runtimeType
            : throw new GraphQLException($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".");
    }

    private static GraphQLException NonNullViolation(PlannedField field) =>
        new($"Cannot return null for non-nullable field {field.ObjectType.Name}.{field.Field!.Name}.");
}
