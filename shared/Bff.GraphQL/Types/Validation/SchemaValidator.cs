namespace Bff.GraphQL.Types;

/// <summary>
/// The type system validation of the spec (section 3), in graphql-js <c>validateSchema</c>'s order and wording:
/// directives first, then every type. Reports every problem it finds.
/// </summary>
internal static class SchemaValidator
{
    public static void Validate(IEnumerable<NamedType> types, IEnumerable<DirectiveType> directives, List<SchemaError> errors)
    {
        foreach (var directive in directives.Where(d => !d.IsBuiltIn))
        {
            ValidateDirective(directive, errors);
        }

        var circularInputs = new InputObjectCircularRefs(errors);
        foreach (var type in types.Where(t => !t.IsBuiltIn))
        {
            ValidateName(type.Name, type.Name, errors);
            switch (type)
            {
                case ComplexType complex:
                    ComplexTypeRules.ValidateFields(complex, errors);
                    ComplexTypeRules.ValidateInterfaces(complex, errors);
                    break;
                case UnionType union:
                    MemberRules.ValidateUnion(union, errors);
                    break;
                case EnumType enumType:
                    MemberRules.ValidateEnum(enumType, errors);
                    break;
                case InputObjectType input:
                    MemberRules.ValidateInputObject(input, errors);
                    circularInputs.Detect(input);
                    break;
            }
        }
    }

    public static void ValidateName(string name, string coordinate, List<SchemaError> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add(new SchemaError(
                $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", coordinate));
        }
    }

    private static void ValidateDirective(DirectiveType directive, List<SchemaError> errors)
    {
        ValidateName(directive.Name, "@" + directive.Name, errors);
        if (directive.Locations.Count == 0)
        {
            errors.Add(new SchemaError($"Directive @{directive.Name} must include 1 or more locations.", "@" + directive.Name));
        }

        foreach (var argument in directive.Arguments)
        {
            var coordinate = $"@{directive.Name}({argument.Name}:)";
            ValidateName(argument.Name, coordinate, errors);
            if (!argument.Type.IsInputType())
            {
                errors.Add(new SchemaError(
                    $"The type of {coordinate} must be Input Type but got: {argument.Type}.", coordinate));
            }

            if (argument.IsRequired && argument.IsDeprecated)
            {
                errors.Add(new SchemaError($"Required argument {coordinate} cannot be deprecated.", coordinate));
            }
        }
    }
}
