namespace Bff.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a <see cref="NamedType"/> or a wrapper (<see cref="ListType"/>, <see cref="NonNullType"/>).
/// <c>ToString()</c> gives the type reference as written in SDL, e.g. <c>[String!]!</c>.
/// </summary>
public interface IType
{
    /// <summary>What kind of type this is.</summary>
    TypeKind Kind { get; }
}
