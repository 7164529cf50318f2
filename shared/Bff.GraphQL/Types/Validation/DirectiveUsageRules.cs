using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>
/// Directives applied in SDL: known, allowed at their location, not repeated unless repeatable, with known and
/// required arguments of the right type (graphql-js KnownDirectives, UniqueDirectivesPerLocation and the SDL
/// argument rules).
/// </summary>
internal sealed class DirectiveUsageRules(NamedCollection<DirectiveType> directives, List<SchemaError> errors)
{
    public void Validate(IEnumerable<DirectiveNode> schemaDirectives, IEnumerable<NamedType> types)
    {
        Check(schemaDirectives, DirectiveLocation.Schema, "schema");
        foreach (var type in types.Where(t => !t.IsBuiltIn))
        {
            Check(type.Directives, LocationOf(type), type.Name);
            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields)
                    {
                        Check(field.Directives, DirectiveLocation.FieldDefinition, field.Coordinate);
                        CheckInputValues(field.Arguments, DirectiveLocation.ArgumentDefinition);
                    }

                    break;
                case EnumType enumType:
                    enumType.Values.ToList().ForEach(v => Check(v.Directives, DirectiveLocation.EnumValue, v.Coordinate));
                    break;
                case InputObjectType input:
                    CheckInputValues(input.Fields, DirectiveLocation.InputFieldDefinition);
                    break;
            }
        }

        foreach (var directive in directives.Where(d => !d.IsBuiltIn))
        {
            CheckInputValues(directive.Arguments, DirectiveLocation.ArgumentDefinition);
        }
    }

    private void CheckInputValues(IEnumerable<InputField> values, DirectiveLocation location)
    {
        foreach (var value in values)
        {
            Check(value.Directives, location, value.Coordinate);
        }
    }

    private void Check(IEnumerable<DirectiveNode> applied, DirectiveLocation location, string coordinate)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in applied)
        {
            var name = node.Name.Value;
            if (!directives.TryGetValue(name, out var directive))
            {
                errors.Add(new SchemaError($"Unknown directive \"@{name}\".", coordinate));
                continue;
            }

            if (!directive.IsAllowedAt(location))
            {
                errors.Add(new SchemaError($"Directive \"@{name}\" may not be used on {SpecNames.Of(location)}.", coordinate));
            }

            if (!directive.IsRepeatable && !seen.Add(name))
            {
                errors.Add(new SchemaError($"The directive \"@{name}\" can only be used once at this location.", coordinate));
            }

            CheckArguments(node, directive, coordinate);
        }
    }

    private void CheckArguments(DirectiveNode node, DirectiveType directive, string coordinate)
    {
        foreach (var argument in node.Arguments)
        {
            if (!directive.Arguments.TryGetValue(argument.Name.Value, out var definition))
            {
                errors.Add(new SchemaError(
                    $"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name}\".", coordinate));
                continue;
            }

            try
            {
                InputCoercion.CoerceLiteral(argument.Value, definition.Type);
            }
            catch (GraphQLCoercionException ex)
            {
                errors.Add(new SchemaError(
                    $"Directive \"@{directive.Name}\" argument \"{definition.Name}\" has an invalid value: {ex.Message}", coordinate));
            }
        }

        foreach (var missing in directive.Arguments.Where(a => a.IsRequired && !node.Arguments.Any(n => n.Name.Value == a.Name)))
        {
            errors.Add(new SchemaError(
                $"Directive \"@{directive.Name}\" argument \"{missing.Name}\" of type \"{missing.Type}\" is required, but it was not provided.",
                coordinate));
        }
    }

    private static DirectiveLocation LocationOf(NamedType type) => type.Kind switch
    {
        TypeKind.Scalar => DirectiveLocation.Scalar,
        TypeKind.Object => DirectiveLocation.Object,
        TypeKind.Interface => DirectiveLocation.Interface,
        TypeKind.Union => DirectiveLocation.Union,
        TypeKind.Enum => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };
}
