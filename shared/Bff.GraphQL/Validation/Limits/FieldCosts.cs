using System.Globalization;
using System.Text.Json;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>The cost inputs of a field: its weight and, for list fields, how many items to expect.</summary>
internal sealed class FieldCosts(ValidationOptions options, IReadOnlyDictionary<string, object?>? variables)
{
    private static readonly string[] SizeArguments = ["first", "last", "limit"];

    private readonly Dictionary<OutputField, double> weights = [];

    /// <summary>The <c>weight</c> of the definition's <c>@cost</c> directive, or the default field cost.</summary>
    public double Weight(OutputField? definition)
    {
        if (definition is null)
        {
            return options.DefaultFieldCost;
        }

        if (!weights.TryGetValue(definition, out var weight))
        {
            var argument = definition.Directives
                .FirstOrDefault(d => d.Name.Value == "cost")?.Arguments
                .FirstOrDefault(a => a.Name.Value == "weight")?.Value;
            weights[definition] = weight = Number(argument) ?? options.DefaultFieldCost;
        }

        return weight;
    }

    /// <summary>
    /// Items expected from a list field: its <c>first</c>, <c>last</c> or <c>limit</c> argument (a literal, a
    /// variable's value or default, or the argument's default), else <see cref="ValidationOptions.DefaultListSize"/>.
    /// 1 for fields that are not lists.
    /// </summary>
    public double ListSize(OutputField? definition, FieldNode field, OperationDefinitionNode operation)
    {
        if (definition?.Type.NullableType() is not ListType)
        {
            return 1;
        }

        foreach (var name in SizeArguments)
        {
            var given = field.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;
            var size = given switch
            {
                VariableNode variable => VariableSize(variable.Name.Value, operation),
                not null => Number(given),
                null when definition.Arguments.TryGetValue(name, out var argument) => Number(argument.DefaultValue),
                _ => null,
            };
            if (size is { } found)
            {
                return Math.Max(0, found);
            }
        }

        return options.DefaultListSize;
    }

    private double? VariableSize(string name, OperationDefinitionNode operation)
    {
        if (variables is not null && variables.TryGetValue(name, out var value))
        {
            // Only a value the variable's Int type accepts counts; anything else is the executor's variable error
            // to report (spec 6.1.2), so here it counts as no size and the default list size applies.
            return value switch
            {
                JsonElement { ValueKind: JsonValueKind.Number } json when json.TryGetInt32(out var size) => size,
                int or short or byte or sbyte or ushort => ((IConvertible)value).ToDouble(CultureInfo.InvariantCulture),
                long or uint or double when ((IConvertible)value).ToDouble(CultureInfo.InvariantCulture) is var size
                    && size == Math.Floor(size) && size is >= int.MinValue and <= int.MaxValue => size,
                _ => null,
            };
        }

        var definition = operation.VariableDefinitions.FirstOrDefault(v => v.Variable.Name.Value == name);
        return Number(definition?.DefaultValue);
    }

    private static double? Number(ValueNode? value) => value switch
    {
        IntValueNode i when double.TryParse(i.Value, CultureInfo.InvariantCulture, out var n) => n,
        FloatValueNode f when double.TryParse(f.Value, CultureInfo.InvariantCulture, out var n) => n,
        StringValueNode s when double.TryParse(s.Value, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
