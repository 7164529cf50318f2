namespace Bff.GraphQL.Types;

/// <summary>Unions need members, enums need values, input objects need input fields.</summary>
internal static class MemberRules
{
    public static void ValidateUnion(UnionType union, List<SchemaError> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add(new SchemaError($"Union type {union.Name} must define one or more member types.", union.Name));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types.Where(m => !seen.Add(m.Name)))
        {
            errors.Add(new SchemaError($"Union type {union.Name} can only include type {member.Name} once.", union.Name));
        }
    }

    public static void ValidateEnum(EnumType enumType, List<SchemaError> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add(new SchemaError($"Enum type {enumType.Name} must define one or more values.", enumType.Name));
        }

        foreach (var value in enumType.Values)
        {
            SchemaValidator.ValidateName(value.Name, value.Coordinate, errors);
            if (value.Name is "true" or "false" or "null")
            {
                errors.Add(new SchemaError($"Enum type {enumType.Name} cannot include value: {value.Name}.", value.Coordinate));
            }
        }
    }

    public static void ValidateInputObject(InputObjectType input, List<SchemaError> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add(new SchemaError($"Input Object type {input.Name} must define one or more fields.", input.Name));
        }

        foreach (var field in input.Fields)
        {
            SchemaValidator.ValidateName(field.Name, field.Coordinate, errors);
            if (!field.Type.IsInputType())
            {
                errors.Add(new SchemaError(
                    $"The type of {field.Coordinate} must be Input Type but got: {field.Type}.", field.Coordinate));
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                errors.Add(new SchemaError($"Required input field {field.Coordinate} cannot be deprecated.", field.Coordinate));
            }
        }
    }
}
