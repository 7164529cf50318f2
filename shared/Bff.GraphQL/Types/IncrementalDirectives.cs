using Bff.GraphQL.Language;
using static Bff.GraphQL.Types.CodeFirst;

namespace Bff.GraphQL.Types;

/// <summary>
/// <c>@defer</c> and <c>@stream</c> as graphql-js 17 defines them (the incremental delivery RFC). A schema has them
/// only when <see cref="SchemaOptions.EnableDefer"/> or <see cref="SchemaOptions.EnableStream"/> is set; they are
/// printed in its SDL, as graphql-js prints directives that are not specified.
/// </summary>
public static class IncrementalDirectives
{
    /// <summary><c>@defer(if: Boolean! = true, label: String) on FRAGMENT_SPREAD | INLINE_FRAGMENT</c></summary>
    public static DirectiveType Defer { get; } = Create(
        "defer",
        "Directs the executor to defer this fragment when the `if` argument is true or undefined.",
        [DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Argument("@defer", "if", NonNull(ScalarType.Boolean), "Deferred when true or undefined.", new BooleanValueNode(true), true),
        Argument("@defer", "label", ScalarType.String, "Unique name"));

    /// <summary><c>@stream(initialCount: Int! = 0, if: Boolean! = true, label: String) on FIELD</c></summary>
    public static DirectiveType Stream { get; } = Create(
        "stream",
        "Directs the executor to stream plural fields when the `if` argument is true or undefined.",
        [DirectiveLocation.Field],
        Argument("@stream", "initialCount", NonNull(ScalarType.Int), "Number of items to return immediately", new IntValueNode("0"), 0),
        Argument("@stream", "if", NonNull(ScalarType.Boolean), "Stream when true or undefined.", new BooleanValueNode(true), true),
        Argument("@stream", "label", ScalarType.String, "Unique name"));

    /// <summary>Adds the enabled directives that the modules do not define themselves.</summary>
    internal static void AddTo(List<DirectiveType> directives, SchemaOptions options)
    {
        if (options.EnableDefer && !directives.Exists(d => d.Name == Defer.Name))
        {
            directives.Add(Defer);
        }

        if (options.EnableStream && !directives.Exists(d => d.Name == Stream.Name))
        {
            directives.Add(Stream);
        }
    }

    private static DirectiveType Create(
        string name, string description, DirectiveLocation[] locations, params InputField[] arguments)
    {
        var directive = new DirectiveType(name, description, locations, isRepeatable: false);
        directive.Complete(arguments);
        return directive;
    }
}
