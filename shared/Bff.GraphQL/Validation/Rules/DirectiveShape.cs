using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>
/// The directives rules know about: the schema's, overridden by directive definitions in the document itself (as in
/// graphql-js, where a document may carry SDL).
/// </summary>
internal sealed record DirectiveShape(IReadOnlySet<string> Locations, IReadOnlyList<string> Arguments,
    IReadOnlyList<(string Name, string Type)> RequiredArguments, bool IsRepeatable)
{
    public static Dictionary<string, DirectiveShape> All(ValidationContext context)
    {
        var shapes = new Dictionary<string, DirectiveShape>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives)
        {
            shapes[directive.Name] = new DirectiveShape(
                directive.Locations.Select(SpecNames.Of).ToHashSet(StringComparer.Ordinal),
                [.. directive.Arguments.Select(a => a.Name)],
                [.. directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString()!))],
                directive.IsRepeatable);
        }

        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            shapes[definition.Name.Value] = new DirectiveShape(
                definition.Locations.Select(l => l.Value).ToHashSet(StringComparer.Ordinal),
                [.. definition.Arguments.Select(a => a.Name.Value)],
                [.. definition.Arguments
                    .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                    .Select(a => (a.Name.Value, Printer.Print(a.Type)))],
                definition.Repeatable);
        }

        return shapes;
    }
}
