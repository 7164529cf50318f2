namespace Bff.GraphQL.Types;

/// <summary>Fields of objects and interfaces, and the rules for implementing interfaces.</summary>
internal static class ComplexTypeRules
{
    public static void ValidateFields(ComplexType type, List<SchemaError> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add(new SchemaError($"Type {type.Name} must define one or more fields.", type.Name));
        }

        foreach (var field in type.Fields)
        {
            SchemaValidator.ValidateName(field.Name, field.Coordinate, errors);
            if (!field.Type.IsOutputType())
            {
                errors.Add(new SchemaError(
                    $"The type of {field.Coordinate} must be Output Type but got: {field.Type}.", field.Coordinate));
            }

            foreach (var argument in field.Arguments)
            {
                SchemaValidator.ValidateName(argument.Name, argument.Coordinate, errors);
                if (!argument.Type.IsInputType())
                {
                    errors.Add(new SchemaError(
                        $"The type of {argument.Coordinate} must be Input Type but got: {argument.Type}.", argument.Coordinate));
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    errors.Add(new SchemaError($"Required argument {argument.Coordinate} cannot be deprecated.", argument.Coordinate));
                }
            }
        }
    }

    public static void ValidateInterfaces(ComplexType type, List<SchemaError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add(new SchemaError(
                    $"Type {type.Name} cannot implement itself because it would create a circular reference.", type.Name));
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                errors.Add(new SchemaError($"Type {type.Name} can only implement {iface.Name} once.", type.Name));
                continue;
            }

            ValidateAncestors(type, iface, errors);
            InterfaceImplementation.Validate(type, iface, errors);
        }
    }

    private static void ValidateAncestors(ComplexType type, InterfaceType iface, List<SchemaError> errors)
    {
        foreach (var transitive in iface.Interfaces.Where(t => !type.Interfaces.Contains(t)))
        {
            errors.Add(new SchemaError(
                ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                type.Name));
        }
    }
}
