using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>Finds the root operation types and checks them (graphql-js <c>validateRootTypes</c>).</summary>
internal static class RootTypes
{
    public static (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) Resolve(
        SdlModel model, OrderedDictionary<string, NamedType> types, List<SchemaError> errors)
    {
        var query = Find(OperationType.Query, model, types, errors);
        if (query is null && !model.RootTypes.ContainsKey(OperationType.Query))
        {
            errors.Add(new SchemaError("Query root type must be provided."));
        }

        return (query, Find(OperationType.Mutation, model, types, errors), Find(OperationType.Subscription, model, types, errors));
    }

    private static ObjectType? Find(
        OperationType operation, SdlModel model, OrderedDictionary<string, NamedType> types, List<SchemaError> errors)
    {
        if (!model.RootTypes.TryGetValue(operation, out var name) || !types.TryGetValue(name, out var type))
        {
            return null; // an unknown name was reported while merging
        }

        if (type is ObjectType objectType)
        {
            return objectType;
        }

        var label = operation switch
        {
            OperationType.Query => "Query root type must be Object type",
            OperationType.Mutation => "Mutation root type must be Object type if provided",
            _ => "Subscription root type must be Object type if provided",
        };
        errors.Add(new SchemaError($"{label}, it cannot be {type.Name}.", name));
        return null;
    }
}
