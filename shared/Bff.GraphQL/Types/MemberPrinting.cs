namespace Bff.GraphQL.Types;

/// <summary>Prints fields, arguments, input values and enum values as graphql-js's schema printer does.</summary>
internal static class MemberPrinting
{
    public static string Fields(ComplexType type) => Block(type.Fields.Select((f, i) =>
        DescriptionPrinting.Print(f.Description, "  ", i == 0)
        + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    public static string InputFields(InputObjectType type) => Block(type.Fields.Select((f, i) =>
        DescriptionPrinting.Print(f.Description, "  ", i == 0) + "  " + InputValue(f)));

    public static string EnumValues(EnumType type) => Block(type.Values.Select((v, i) =>
        DescriptionPrinting.Print(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason)));

    public static string Arguments(IReadOnlyList<InputField> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        // Without descriptions, arguments stay on one line.
        if (arguments.All(a => a.Description is null or ""))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        var lines = arguments.Select((a, i) =>
            DescriptionPrinting.Print(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string InputValue(InputField value)
    {
        var text = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.Convert(value.CoercedDefaultValue, value.Type) is { } literal)
        {
            text += " = " + ValuePrinting.Print(literal);
        }

        return text + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {ValuePrinting.PrintString(reason)})",
    };

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }
}
