using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>Whether a literal is a valid enum or scalar value, with graphql-js's message when it is not.</summary>
internal static class LeafValues
{
    public static string? CheckEnum(EnumType type, ValueNode value)
    {
        var printed = ValuePrinting.Print(value);
        if (value is EnumValueNode { Value: var name } && type.Values.Contains(name))
        {
            return null;
        }

        var hint = Suggestions.DidYouMean(Suggestions.List(printed, type.Values.Select(v => v.Name)), "the enum value");
        return value is EnumValueNode
            ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum." + hint
            : $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + hint;
    }

    public static string? CheckScalar(ScalarType scalar, IType locationType, ValueNode value)
    {
        try
        {
            scalar.ParseLiteral(value);
            return null;
        }
        catch (GraphQLCoercionException error)
        {
            // The specified scalars report their own message, as graphql-js's do; others get the location's type.
            return scalar.IsBuiltIn
                ? error.Message
                : $"Expected value of type \"{locationType}\", found {ValuePrinting.Print(value)}; {error.Message}";
        }
    }
}
