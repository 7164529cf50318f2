using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>The schema definition and its extensions: root operation types and schema directives.</summary>
internal static class SchemaMerging
{
    public static void AddDefinition(SdlModel model, SchemaDefinitionNode schema)
    {
        if (model.SchemaDefinition is not null)
        {
            model.Error("Must provide only one schema definition.");
            return;
        }

        model.SchemaDefinition = schema;
    }

    public static void ResolveRootTypes(SdlModel model)
    {
        if (model.SchemaDefinition is { } definition)
        {
            model.SchemaDirectives.AddRange(definition.Directives);
            AddOperations(model, definition.OperationTypes, "There can be only one {0} type in schema.");
        }

        foreach (var extension in model.SchemaExtensions)
        {
            model.SchemaDirectives.AddRange(extension.Directives);
            AddOperations(model, extension.OperationTypes, "Type for {0} already defined in the schema. It cannot be redefined.");
        }

        if (model.SchemaDefinition is null)
        {
            AddConventional(model, OperationType.Query, "Query");
            AddConventional(model, OperationType.Mutation, "Mutation");
            AddConventional(model, OperationType.Subscription, "Subscription");
        }

        foreach (var typeName in model.RootTypes.Values)
        {
            if (!model.Types.ContainsKey(typeName))
            {
                model.Error($"Unknown type \"{typeName}\".", typeName);
            }
        }
    }

    private static void AddOperations(SdlModel model, IEnumerable<OperationTypeDefinitionNode> operations, string duplicate)
    {
        foreach (var operation in operations)
        {
            if (!model.RootTypes.TryAdd(operation.Operation, operation.Type.Name.Value))
            {
                model.Error(string.Format(
                    System.Globalization.CultureInfo.InvariantCulture, duplicate, Word(operation.Operation)));
            }
        }
    }

    private static void AddConventional(SdlModel model, OperationType operation, string name)
    {
        // Without a schema definition the conventional names apply, unless an extension named another type.
        if (model.Types.ContainsKey(name))
        {
            model.RootTypes.TryAdd(operation, name);
        }
    }

    public static string Word(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
