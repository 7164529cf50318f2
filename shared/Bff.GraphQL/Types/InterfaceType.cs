namespace Bff.GraphQL.Types;

/// <summary>An interface type.</summary>
public sealed class InterfaceType : ComplexType
{
    internal InterfaceType(string name, string? description, TypeSyntax? syntax = null)
        : base(name, description, syntax)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>The hook given with <see cref="SchemaBuilder.AddTypeResolver"/>, tried before runtime type bindings.</summary>
    public TypeResolverDelegate? ResolveType { get; internal set; }
}
