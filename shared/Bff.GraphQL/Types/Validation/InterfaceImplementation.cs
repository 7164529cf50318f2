namespace Bff.GraphQL.Types;

/// <summary>"IsValidImplementation": fields present, covariant types, equal argument types, extra arguments optional.</summary>
internal static class InterfaceImplementation
{
    public static void Validate(ComplexType type, InterfaceType iface, List<SchemaError> errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var name = ifaceField.Name;
            if (!type.Fields.TryGetValue(name, out var typeField))
            {
                errors.Add(new SchemaError(
                    $"Interface field {iface.Name}.{name} expected but {type.Name} does not provide it.", $"{type.Name}.{name}"));
                continue;
            }

            if (!SubTyping.IsSubType(IsAbstractSubType, typeField.Type, ifaceField.Type))
            {
                errors.Add(new SchemaError(
                    $"Interface field {iface.Name}.{name} expects type {ifaceField.Type} but {type.Name}.{name} is type {typeField.Type}.",
                    typeField.Coordinate));
            }

            ValidateArguments(type, iface, ifaceField, typeField, errors);
        }
    }

    private static void ValidateArguments(
        ComplexType type, InterfaceType iface, OutputField ifaceField, OutputField typeField, List<SchemaError> errors)
    {
        var name = ifaceField.Name;
        foreach (var ifaceArg in ifaceField.Arguments)
        {
            var argName = ifaceArg.Name;
            if (!typeField.Arguments.TryGetValue(argName, out var typeArg))
            {
                errors.Add(new SchemaError(
                    $"Interface field argument {iface.Name}.{name}({argName}:) expected but {type.Name}.{name} does not provide it.",
                    typeField.Coordinate));
                continue;
            }

            if (!ifaceArg.Type.IsEqualType(typeArg.Type))
            {
                errors.Add(new SchemaError(
                    $"Interface field argument {iface.Name}.{name}({argName}:) expects type {ifaceArg.Type} but {type.Name}.{name}({argName}:) is type {typeArg.Type}.",
                    typeArg.Coordinate));
            }
        }

        foreach (var typeArg in typeField.Arguments.Where(a => a.IsRequired && !ifaceField.Arguments.Contains(a.Name)))
        {
            errors.Add(new SchemaError(
                $"Object field {type.Name}.{name} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{name}.",
                typeArg.Coordinate));
        }
    }

    private static bool IsAbstractSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType o && union.Types.Contains(o),
        InterfaceType iface => maybeSubType is ComplexType c && c.Implements(iface),
        _ => false,
    };
}
