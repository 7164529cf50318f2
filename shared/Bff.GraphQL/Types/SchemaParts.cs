using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>What the builder hands to the <see cref="Schema"/> constructor.</summary>
internal sealed record SchemaParts(
    string? Description,
    ObjectType QueryType,
    ObjectType? MutationType,
    ObjectType? SubscriptionType,
    OrderedDictionary<string, NamedType> Types,
    IReadOnlyList<DirectiveType> Directives,
    SchemaDefinitionNode? Definition,
    IReadOnlyList<SchemaExtensionNode> Extensions);
