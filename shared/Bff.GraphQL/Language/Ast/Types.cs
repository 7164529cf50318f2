namespace Bff.GraphQL.Language;

/// <summary>A type reference: <c>Name</c>, <c>[Type]</c> or <c>Type!</c>.</summary>
public abstract record TypeNode : SyntaxNode
{
    /// <summary>The named type at the core of any wrapping.</summary>
    public abstract NamedTypeNode NamedType { get; }
}

/// <summary><c>Name</c></summary>
public sealed record NamedTypeNode(NameNode Name) : TypeNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public override NamedTypeNode NamedType => this;
}

/// <summary><c>[Type]</c></summary>
public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;

    public override NamedTypeNode NamedType => Type.NamedType;
}

/// <summary><c>Type!</c>; the inner type is a named or list type, never another non-null.</summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    public override NamedTypeNode NamedType => Type.NamedType;
}
