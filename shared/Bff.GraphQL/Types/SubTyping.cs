namespace Bff.GraphQL.Types;

/// <summary>graphql-js <c>isTypeSubTypeOf</c>, parameterised over the abstract-type relation so validation can use it before a schema exists.</summary>
internal static class SubTyping
{
    public static bool IsSubType(Func<NamedType, NamedType, bool> isAbstractSubType, IType maybeSubType, IType superType)
    {
        if (maybeSubType.Equals(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull
                && IsSubType(isAbstractSubType, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsSubType(isAbstractSubType, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsSubType(isAbstractSubType, subList.OfType, superList.OfType);
        }

        return maybeSubType is not ListType
            && superType.IsAbstractType()
            && maybeSubType is ComplexType
            && isAbstractSubType((NamedType)superType, (NamedType)maybeSubType);
    }
}
