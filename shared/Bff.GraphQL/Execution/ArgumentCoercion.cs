using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>CoerceArgumentValues (spec 6.4.1). A problem is a field error, reported with graphql-js's wording.</summary>
internal static class ArgumentCoercion
{
    public static readonly IReadOnlyDictionary<string, object?> None =
        new Dictionary<string, object?>(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, object?> Coerce(
        NamedCollection<InputField> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0)
        {
            return None;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var argument = Find(arguments, definition.Name);
            if (argument is null || IsMissingVariable(argument.Value, variables))
            {
                if (definition.HasDefaultValue)
                {
                    coerced[definition.Name] = definition.CoercedDefaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    var how = argument is null
                        ? "was not provided."
                        : $"was provided the variable \"${((VariableNode)argument.Value).Name.Value}\" which was not provided a runtime value.";
                    throw new GraphQLException($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" {how}");
                }

                continue;
            }

            if (argument.Value is VariableNode variable && definition.Type is NonNullType && variables[variable.Name.Value] is null)
            {
                throw new GraphQLException(
                    $"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.");
            }

            try
            {
                coerced[definition.Name] = InputCoercion.CoerceLiteral(argument.Value, definition.Type, variables);
            }
            catch (GraphQLCoercionException)
            {
                throw new GraphQLException(
                    $"Argument \"{definition.Name}\" has invalid value {Printer.Print(argument.Value)}.");
            }
        }

        return coerced;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?> variables) =>
        node is VariableNode variable && !variables.ContainsKey(variable.Name.Value);

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }
}
