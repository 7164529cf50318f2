using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

internal sealed partial class TypeFactory
{
    private EnumValue EnumValueOf(TypeEntry entry, EnumValueDefinitionNode node, Type? clrEnum)
    {
        var name = node.Name.Value;
        var coordinate = $"{entry.Name}.{name}";
        object runtimeValue = name;
        if (clrEnum is not null)
        {
            // SCREAMING_CASE matches PascalCase: IN_STOCK ~ InStock, compared without underscores, ignoring case.
            var member = Enum.GetNames(clrEnum).FirstOrDefault(n => Normalize(n) == Normalize(name));
            if (member is null)
            {
                model.Error($"Enum value \"{coordinate}\" has no matching member in CLR enum \"{clrEnum.FullName}\".", coordinate);
            }
            else
            {
                runtimeValue = Enum.Parse(clrEnum, member);
            }
        }

        return new EnumValue(name, node.Description?.Value, runtimeValue, coordinate)
        {
            DeprecationReason = DirectiveArguments.DeprecationReason(node.Directives),
            Definition = node,
        };
    }

    private DirectiveType BuildDirective(DirectiveDefinitionNode node)
    {
        var name = node.Name.Value;
        var locations = new List<DirectiveLocation>();
        foreach (var location in node.Locations)
        {
            if (SpecNames.TryParseLocation(location.Value, out var parsed))
            {
                locations.Add(parsed);
            }
            else
            {
                model.Error($"Unknown directive location \"{location.Value}\" on @{name}.", "@" + name);
            }
        }

        var directive = new DirectiveType(name, node.Description?.Value, locations, node.Repeatable) { Definition = node };
        directive.Complete(InputValues(node.Arguments, arg => $"@{name}({arg}:)"));
        return directive;
    }

    /// <summary>Coerces every default value once all input types have their fields.</summary>
    private void CoerceDefaults()
    {
        foreach (var value in inputValues.Where(v => v.DefaultValue is not null))
        {
            try
            {
                _ = value.CoercedDefaultValue;
            }
            catch (GraphQLCoercionException ex)
            {
                model.Error(
                    $"{value.Coordinate} has invalid default value {ValuePrinting.Print(value.DefaultValue!)}: {ex.Message}",
                    value.Coordinate);
            }
        }
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal)
        .ToUpperInvariant();
}
