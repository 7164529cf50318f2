using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>
/// One named type while the builder merges modules and applies composition: the definition and extensions as
/// written, and mutable merged member lists that composition edits before the immutable type is created.
/// </summary>
internal sealed class TypeEntry(TypeDefinitionNode definition)
{
    public string OriginalName { get; } = definition.Name.Value;

    public string Name { get; set; } = definition.Name.Value;

    public TypeDefinitionNode Definition { get; } = definition;

    public List<TypeDefinitionNode> Extensions { get; } = [];

    public List<DirectiveNode> Directives { get; } = [.. definition.Directives];

    public List<NamedTypeNode> Interfaces { get; } = [];

    public List<FieldDefinitionNode> Fields { get; } = [];

    public List<NamedTypeNode> Members { get; } = [];

    public List<EnumValueDefinitionNode> Values { get; } = [];

    public List<InputValueDefinitionNode> InputFields { get; } = [];

    /// <summary>Current field name → the name the module defined, so renamed fields keep their resolvers.</summary>
    public Dictionary<string, string> FieldOrigins { get; } = new(StringComparer.Ordinal);

    public string? Description => Definition switch
    {
        ScalarTypeDefinitionNode d => d.Description?.Value,
        ObjectTypeDefinitionNode d => d.Description?.Value,
        InterfaceTypeDefinitionNode d => d.Description?.Value,
        UnionTypeDefinitionNode d => d.Description?.Value,
        EnumTypeDefinitionNode d => d.Description?.Value,
        InputObjectTypeDefinitionNode d => d.Description?.Value,
        _ => null,
    };

    public string OriginalFieldName(string fieldName) => FieldOrigins.GetValueOrDefault(fieldName, fieldName);

    public TypeSyntax Syntax() => new(Definition, [.. Extensions], [.. Directives]);
}
