using Bff.GraphQL.Language;
using static Bff.GraphQL.Types.CodeFirst;

namespace Bff.GraphQL.Types;

/// <summary>The directives every schema has: <c>@include</c>, <c>@skip</c>, <c>@deprecated</c>, <c>@specifiedBy</c>.</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT</c></summary>
    public static DirectiveType Include { get; } = Create(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Argument("@include", "if", NonNull(ScalarType.Boolean), "Included when true."));

    /// <summary><c>@skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT</c></summary>
    public static DirectiveType Skip { get; } = Create(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Argument("@skip", "if", NonNull(ScalarType.Boolean), "Skipped when true."));

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c> on field, argument, input field and enum value definitions.</summary>
    public static DirectiveType Deprecated { get; } = Create(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [
            DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue,
        ],
        Argument(
            "@deprecated",
            "reason",
            ScalarType.String,
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            new StringValueNode(DefaultDeprecationReason),
            DefaultDeprecationReason));

    /// <summary><c>@specifiedBy(url: String!) on SCALAR</c></summary>
    public static DirectiveType SpecifiedBy { get; } = Create(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.Scalar],
        Argument("@specifiedBy", "url", NonNull(ScalarType.String), "The URL that specifies the behavior of this scalar."));

    /// <summary>The four, in graphql-js's order.</summary>
    public static IReadOnlyList<DirectiveType> All { get; } = [Include, Skip, Deprecated, SpecifiedBy];

    private static DirectiveType Create(
        string name, string description, DirectiveLocation[] locations, InputField argument)
    {
        var directive = new DirectiveType(name, description, locations, isRepeatable: false, isBuiltIn: true);
        directive.Complete([argument]);
        return directive;
    }
}
