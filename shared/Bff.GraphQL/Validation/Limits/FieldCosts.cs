using System.Globalization;
using System.Text.Json;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>
/// The cost inputs of a field: its weight and, for list fields, how many items to expect. Variables are read as the
/// executor will see them (coerced), so every spelling Int coercion accepts (<c>40</c>, <c>40.0</c>, <c>4e1</c>) is
/// measured the same.
/// </summary>
internal sealed class FieldCosts(ValidationOptions options, IReadOnlyDictionary<string, object?>? variables)
{
    private static readonly string[] SizeArguments = ["first", "last", "limit"];

    // Only fields with a @cost directive are remembered; the rest cost the default.
    private Dictionary<OutputField, double>? weights;

    /// <summary>True once a list size was read from a variable (its value or default): the cost then depends on the request.</summary>
    public bool UsedVariables { get; private set; }

    /// <summary>The <c>weight</c> of the definition's <c>@cost</c> directive, or the default field cost.</summary>
    public double Weight(OutputField? definition)
    {
        if (definition is null || definition.Directives.Count == 0)
        {
            return options.DefaultFieldCost;
        }

        weights ??= [];
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
    /// variable's value or default, or the argument's default), else such a field of an input object argument
    /// (<c>page: {first: $n}</c>, <c>page: $page</c>; the largest in a list of them), else
    /// <see cref="ValidationOptions.DefaultListSize"/> or the length of its longest list argument when that is more
    /// (<c>ids: [...]</c>). 1 for fields that are not lists.
    /// </summary>
    public double ListSize(OutputField? definition, FieldNode field, OperationDefinitionNode operation)
    {
        if (definition?.Type.NullableType() is not ListType)
        {
            return 1;
        }

        foreach (var name in SizeArguments)
        {
            var given = Argument(field, name);
            var size = given is not null
                ? Size(given, operation)
                : definition.Arguments.TryGetValue(name, out var argument) ? Number(argument.DefaultValue) : null;
            if (size is { } found)
            {
                return Math.Max(0, found);
            }
        }

        double? nested = null;
        for (var i = 0; i < field.Arguments.Count; i++)
        {
            nested = Max(nested, Nested(field.Arguments[i].Value, operation));
        }

        if (nested is { } inside)
        {
            return Math.Max(0, inside);
        }

        // A lookup by keys (products(ids: [...])) returns about one item per key: a hundred ids are a hundred items,
        // however small the default list size is.
        double longest = 0;
        for (var i = 0; i < field.Arguments.Count; i++)
        {
            longest = Math.Max(longest, ListLength(field.Arguments[i].Value, operation));
        }

        return Math.Max(options.DefaultListSize, longest);
    }

    /// <summary>The length of a list argument (a literal, or a variable's value or default); 0 for anything else.</summary>
    private double ListLength(ValueNode value, OperationDefinitionNode operation) => value switch
    {
        ListValueNode list => list.Values.Count,
        VariableNode variable => Variable(variable, operation) switch
        {
            ListValueNode defaultValue => defaultValue.Values.Count,
            ICollection<object?> items => items.Count,
            JsonElement { ValueKind: JsonValueKind.Array } json => json.GetArrayLength(),
            _ => 0,
        },
        _ => 0,
    };

    private static ValueNode? Argument(FieldNode field, string name)
    {
        for (var i = 0; i < field.Arguments.Count; i++)
        {
            if (field.Arguments[i].Name.Value == name)
            {
                return field.Arguments[i].Value;
            }
        }

        return null;
    }

    private double? Size(ValueNode value, OperationDefinitionNode operation) =>
        value is VariableNode variable ? Number(Variable(variable, operation)) : Number(value);

    /// <summary>A size field inside an input object (literal or variable), or the largest inside a list of them.</summary>
    private double? Nested(ValueNode value, OperationDefinitionNode operation) => value switch
    {
        ObjectValueNode literal => SizeArguments
            .Select(name => literal.Fields.FirstOrDefault(f => f.Name.Value == name)?.Value)
            .Select(v => v is null ? null : Size(v, operation))
            .FirstOrDefault(s => s is not null),
        ListValueNode list => list.Values.Aggregate((double?)null, (max, item) => Max(max, Nested(item, operation))),
        VariableNode variable => Variable(variable, operation) switch
        {
            ValueNode defaultValue => Nested(defaultValue, operation),
            var coerced => NestedValue(coerced),
        },
        _ => null,
    };

    private static double? NestedValue(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => SizeArguments
            .Select(name => map.TryGetValue(name, out var size) ? Number(size) : null)
            .FirstOrDefault(s => s is not null),
        IEnumerable<object?> items => items.Aggregate((double?)null, (max, item) => Max(max, NestedValue(item))),
        _ => null,
    };

    /// <summary>The request's (coerced) value of the variable, else its default; either way the cost now depends on it.</summary>
    private object? Variable(VariableNode variable, OperationDefinitionNode operation)
    {
        UsedVariables = true;
        var name = variable.Name.Value;
        if (variables is not null && variables.TryGetValue(name, out var value))
        {
            return value;
        }

        return operation.VariableDefinitions.FirstOrDefault(v => v.Variable.Name.Value == name)?.DefaultValue;
    }

    private static double? Max(double? a, double? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static double? Number(object? value) => value switch
    {
        IntValueNode i when double.TryParse(i.Value, CultureInfo.InvariantCulture, out var n) => n,
        FloatValueNode f when double.TryParse(f.Value, CultureInfo.InvariantCulture, out var n) => n,
        StringValueNode s when double.TryParse(s.Value, CultureInfo.InvariantCulture, out var n) => n,
        ValueNode => null,

        // Coerced values; a raw JSON number from a caller that did not coerce is read as the number it is.
        JsonElement { ValueKind: JsonValueKind.Number } json => json.GetDouble(),
        int or long or short or byte or sbyte or ushort or uint or double or float or decimal =>
            ((IConvertible)value).ToDouble(CultureInfo.InvariantCulture),
        _ => null,
    };
}
