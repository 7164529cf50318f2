namespace Bff.GraphQL.Types;

/// <summary><c>OfType!</c>. The wrapped type is never itself non-null.</summary>
public sealed class NonNullType : IType
{
    /// <summary>Wraps <paramref name="ofType"/>, which must be nullable.</summary>
    public NonNullType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected a nullable type, got {ofType}.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type made non-null.</summary>
    public IType OfType { get; }

    /// <inheritdoc />
    public TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc />
    public override string ToString() => $"{OfType}!";

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);
}
