namespace Bff.GraphQL.Types;

/// <summary>An object type: the only kind of type whose fields are resolved.</summary>
public sealed class ObjectType : ComplexType
{
    internal ObjectType(string name, string? description, TypeSyntax? syntax = null, bool isBuiltIn = false)
        : base(name, description, syntax)
    {
        IsBuiltIn = isBuiltIn;
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>
    /// The CLR type bound with <see cref="SchemaBuilder.BindRuntimeType{T}(string)"/>: values of it (or of a derived type)
    /// resolve to this object type, and its properties resolve fields that have no explicit resolver.
    /// </summary>
    public Type? RuntimeType { get; internal set; }
}
