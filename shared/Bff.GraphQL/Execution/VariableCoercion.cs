using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>CoerceVariableValues (spec 6.1.2), with graphql-js's messages. Any error fails the whole request.</summary>
internal static class VariableCoercion
{
    private const int MaxErrors = 50;

    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            if (errors.Count >= MaxErrors)
            {
                errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
                break;
            }

            CoerceOne(schema, definition, inputs, coerced, errors);
        }

        return coerced;
    }

    private static void CoerceOne(
        Schema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> coerced,
        List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        var typeText = Printer.Print(definition.Type);
        var type = schema.TypeFromAst(definition.Type);
        if (type is null || !type.IsInputType())
        {
            errors.Add(GraphQLError.At(
                $"Variable \"${name}\" expected value of type \"{typeText}\" which cannot be used as an input type.",
                [definition.Type]));
            return;
        }

        if (inputs is null || !inputs.TryGetValue(name, out var input))
        {
            if (definition.DefaultValue is { } defaultValue)
            {
                // Validation has checked the default against the type (spec 5.6.1).
                coerced[name] = InputCoercion.CoerceLiteral(defaultValue, type);
            }
            else if (type is NonNullType)
            {
                errors.Add(GraphQLError.At(
                    $"Variable \"${name}\" of required type \"{typeText}\" was not provided.", [definition]));
            }

            return;
        }

        input = JsonInput.Normalize(input);
        if (input is null && type is NonNullType)
        {
            errors.Add(GraphQLError.At(
                $"Variable \"${name}\" of non-null type \"{typeText}\" must not be null.", [definition]));
            return;
        }

        coerced[name] = ValueCoercion.Coerce(input, type, (path, invalid, message) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalid)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{PrintPath(path)}\"";
            }

            errors.Add(GraphQLError.At($"{prefix}; {message}", [definition]));
        });
    }

    private static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(key => key is int index ? $"[{index}]" : $".{key}"));
}
