namespace Bff.GraphQL.Language;

/// <summary><c>extend schema @dir { mutation: Mutation }</c></summary>
public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}

/// <summary><c>extend scalar Name @dir</c></summary>
public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives)
    : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    public override bool IsExtension => true;
}

/// <summary><c>extend type Name implements A @dir { fields }</c></summary>
public sealed record ObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public override bool IsExtension => true;
}

/// <summary><c>extend interface Name implements A @dir { fields }</c></summary>
public sealed record InterfaceTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    public override bool IsExtension => true;
}

/// <summary><c>extend union Name @dir = C</c></summary>
public sealed record UnionTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public override bool IsExtension => true;
}

/// <summary><c>extend enum Name @dir { MORE }</c></summary>
public sealed record EnumTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public override bool IsExtension => true;
}

/// <summary><c>extend input Name @dir { more: Fields }</c></summary>
public sealed record InputObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public override bool IsExtension => true;
}
