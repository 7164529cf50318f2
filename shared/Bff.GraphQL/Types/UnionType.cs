namespace Bff.GraphQL.Types;

/// <summary>A union of object types.</summary>
public sealed class UnionType : NamedType
{
    internal UnionType(string name, string? description, TypeSyntax? syntax = null)
        : base(name, description, syntax)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types, in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types { get; private set; } = [];

    /// <summary>The hook given with <see cref="SchemaBuilder.AddTypeResolver"/>, tried before runtime type bindings.</summary>
    public TypeResolverDelegate? ResolveType { get; internal set; }

    internal void Complete(IEnumerable<ObjectType> types) => Types = [.. types];
}
