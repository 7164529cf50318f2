using System.Runtime.CompilerServices;
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
    // The schema's shapes, worked out once per schema: nearly no document defines directives of its own.
    private static readonly ConditionalWeakTable<Schema, Dictionary<string, DirectiveShape>> BySchema = [];

    public static IReadOnlyDictionary<string, DirectiveShape> All(ValidationContext context)
    {
        var schemaShapes = BySchema.GetValue(context.Schema, OfSchema);
        Dictionary<string, DirectiveShape>? shapes = null;
        foreach (var node in context.Document.Definitions)
        {
            if (node is not DirectiveDefinitionNode definition)
            {
                continue;
            }

            shapes ??= new Dictionary<string, DirectiveShape>(schemaShapes, StringComparer.Ordinal);
            shapes[definition.Name.Value] = new DirectiveShape(
                definition.Locations.Select(l => l.Value).ToHashSet(StringComparer.Ordinal),
                [.. definition.Arguments.Select(a => a.Name.Value)],
                [.. definition.Arguments
                    .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                    .Select(a => (a.Name.Value, Printer.Print(a.Type)))],
                definition.Repeatable);
        }

        return shapes ?? (IReadOnlyDictionary<string, DirectiveShape>)schemaShapes;
    }

    private static Dictionary<string, DirectiveShape> OfSchema(Schema schema)
    {
        var shapes = new Dictionary<string, DirectiveShape>(StringComparer.Ordinal);
        foreach (var directive in schema.Directives)
        {
            shapes[directive.Name] = new DirectiveShape(
                directive.Locations.Select(SpecNames.Of).ToHashSet(StringComparer.Ordinal),
                [.. directive.Arguments.Select(a => a.Name)],
                [.. directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString()!))],
                directive.IsRepeatable);
        }

        return shapes;
    }
}
