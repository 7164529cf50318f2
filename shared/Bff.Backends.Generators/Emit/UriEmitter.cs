using System.Collections.Generic;
using System.Text;
using Bff.Backends.Generators.Model;

namespace Bff.Backends.Generators.Emit;

/// <summary>
/// Writes the synchronous <c>BuildUri{n}</c> helper of a method: a ref struct on a stack buffer cannot live in the
/// async method, and the split into literals and placeholders is already done, so only appends remain.
/// </summary>
internal static class UriEmitter
{
    private const string Runtime = ClientEmitter.Runtime;

    public static void Emit(CodeWriter writer, MethodModel method, int index)
    {
        var parameters = new List<string>();
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Kind is ParameterKind.Path or ParameterKind.Query)
            {
                parameters.Add(parameter.Type + " " + Literals.Identifier(parameter.Name));
            }
        }

        writer.Open($"private static string BuildUri{index}({Literals.Join(new StringBuilder(), ", ", parameters)})")
            .Line($"var url__ = new {Runtime}UrlBuilder(stackalloc char[256]);");
        foreach (var segment in method.Route)
        {
            writer.Line(segment.ParameterName is null
                ? $"url__.AppendLiteral({Literals.String(segment.Text)});"
                : PathValue(Find(method, segment.ParameterName)));
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Kind == ParameterKind.Query)
            {
                writer.Line(QueryValue(parameter));
            }
        }

        writer.Line("return url__.ToStringAndClear();").Close();
    }

    private static ParameterModel Find(MethodModel method, string placeholder)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Kind == ParameterKind.Path && string.Equals(parameter.WireName, placeholder, System.StringComparison.OrdinalIgnoreCase))
            {
                return parameter;
            }
        }

        throw new System.InvalidOperationException("The parser guarantees every placeholder has a path parameter.");
    }

    private static string PathValue(ParameterModel parameter)
    {
        var name = Literals.Identifier(parameter.Name);
        return parameter.ValueKind == ValueKind.String
            ? $"url__.AppendPathSegment({name});"
            : $"url__.AppendPathSegmentFormattable({name});";
    }

    private static string QueryValue(ParameterModel parameter)
    {
        var name = Literals.Identifier(parameter.Name);
        var wire = Literals.String(parameter.WireName);
        var value = parameter.IsNullableValueType ? name + ".Value" : name;
        var call = parameter.ValueKind switch
        {
            ValueKind.String => $"url__.AppendQuery({wire}, {name});",
            ValueKind.Boolean => $"url__.AppendQueryBoolean({wire}, {value});",
            ValueKind.Formattable => $"url__.AppendQueryFormattable({wire}, {value});",
            ValueKind.StringList => $"url__.AppendQueryList({wire}, {name});",
            _ => $"url__.AppendQueryFormattableList({wire}, {name});",
        };
        return parameter.IsNullableValueType ? $"if ({name}.HasValue) {call}" : call;
    }
}
