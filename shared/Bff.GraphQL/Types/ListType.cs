namespace Bff.GraphQL.Types;

/// <summary><c>[OfType]</c>. Equal to any other list of an equal type.</summary>
public sealed class ListType(IType ofType) : IType
{
    /// <summary>The type of the items.</summary>
    public IType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    /// <inheritdoc />
    public TypeKind Kind => TypeKind.List;

    /// <inheritdoc />
    public override string ToString() => $"[{OfType}]";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);
}
