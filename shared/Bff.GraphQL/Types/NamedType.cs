using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : IType
{
    private protected NamedType(string name, string? description, TypeSyntax? syntax)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
        Definition = syntax?.Definition;
        Extensions = syntax?.Extensions ?? [];
        Directives = syntax?.Directives ?? [];
    }

    /// <summary>The type's name, unique in its schema.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <inheritdoc />
    public abstract TypeKind Kind { get; }

    /// <summary>The SDL definition the type was built from; null for types built in code.</summary>
    public TypeDefinitionNode? Definition { get; }

    /// <summary>The <c>extend</c> definitions merged into this type, in the order they were added.</summary>
    public IReadOnlyList<TypeDefinitionNode> Extensions { get; }

    /// <summary>The directives applied to the type (definition first, then extensions).</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>True for the five specified scalars and the introspection types.</summary>
    public bool IsBuiltIn { get; private protected init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The syntax a named type was built from, bundled so that constructors stay short.</summary>
internal sealed record TypeSyntax(
    TypeDefinitionNode? Definition,
    IReadOnlyList<TypeDefinitionNode> Extensions,
    IReadOnlyList<DirectiveNode> Directives);
