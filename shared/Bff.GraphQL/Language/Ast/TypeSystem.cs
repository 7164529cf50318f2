namespace Bff.GraphQL.Language;

/// <summary>A type-system definition or extension (SDL).</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode, IHasDirectives
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary>A definition or extension of a named type.</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode, INamedSyntaxNode
{
    public abstract NameNode Name { get; init; }

    /// <summary>True for <c>extend type ...</c> and its siblings.</summary>
    public abstract bool IsExtension { get; }
}

/// <summary><c>"description" schema @dir { query: Query ... }</c></summary>
public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}

/// <summary><c>query: Query</c> inside a schema definition.</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}

/// <summary><c>"description" scalar Name @dir</c></summary>
public sealed record ScalarTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    public override bool IsExtension => false;
}

/// <summary><c>"description" type Name implements A &amp; B @dir { fields }</c></summary>
public sealed record ObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    public override bool IsExtension => false;
}

/// <summary><c>"description" name(args): Type @dir</c></summary>
public sealed record FieldDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, INamedSyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}

/// <summary>An argument or an input field: <c>"description" name: Type = default @dir</c></summary>
public sealed record InputValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, INamedSyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}

/// <summary><c>"description" interface Name implements A @dir { fields }</c></summary>
public sealed record InterfaceTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    public override bool IsExtension => false;
}

/// <summary><c>"description" union Name @dir = A | B</c></summary>
public sealed record UnionTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public override bool IsExtension => false;
}

/// <summary><c>"description" enum Name @dir { VALUES }</c></summary>
public sealed record EnumTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public override bool IsExtension => false;
}

/// <summary><c>"description" VALUE @dir</c></summary>
public sealed record EnumValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, INamedSyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}

/// <summary><c>"description" input Name @dir { fields }</c></summary>
public sealed record InputObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public override bool IsExtension => false;
}

/// <summary><c>"description" directive @name(args) repeatable on LOCATION | ...</c></summary>
public sealed record DirectiveDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
