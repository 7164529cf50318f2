using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>Every module merged into one set of definitions, plus the problems found while merging.</summary>
internal sealed class SdlModel
{
    public OrderedDictionary<string, TypeEntry> Types { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, DirectiveDefinitionNode> Directives { get; } = new(StringComparer.Ordinal);

    public SchemaDefinitionNode? SchemaDefinition { get; set; }

    public List<SchemaExtensionNode> SchemaExtensions { get; } = [];

    /// <summary>Root operation → type name; from the schema definition, or Query/Mutation/Subscription by convention.</summary>
    public Dictionary<OperationType, string> RootTypes { get; } = [];

    /// <summary>The directives applied to the schema (definition and extensions).</summary>
    public List<DirectiveNode> SchemaDirectives { get; } = [];

    public List<SchemaError> Errors { get; } = [];

    public void Error(string message, string? coordinate = null) => Errors.Add(new SchemaError(message, coordinate));
}
