using System.Globalization;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;
using static Bff.GraphQL.Types.CacheControlDefinitions;

namespace Bff.GraphQL.Execution.Caching;

/// <summary>Reads <c>@cacheControl(maxAge:, scope:, inheritMaxAge:)</c> from a field and the type it returns.</summary>
internal static class CacheHints
{
    public static CacheHint For(OutputField field)
    {
        var named = field.Type.NamedType();
        var composite = named.IsCompositeType();
        var typeHint = composite ? Find(named.Directives) : null;
        var fieldHint = Find(field.Directives);
        var maxAge = IntArgument(fieldHint, "maxAge") ?? IntArgument(typeHint, "maxAge") ?? -1;
        var scope = ScopeArgument(fieldHint) ?? ScopeArgument(typeHint);
        var inherit = BoolArgument(fieldHint, "inheritMaxAge") || BoolArgument(typeHint, "inheritMaxAge");
        return new CacheHint(maxAge, scope, inherit, composite);
    }

    /// <summary>True when any type or field of the schema carries <c>@cacheControl</c>.</summary>
    public static bool AreUsedIn(Schema schema) => schema.Types.Values.Any(type =>
        Find(type.Directives) is not null
        || (type is ComplexType complex && complex.Fields.Any(f => Find(f.Directives) is not null)));

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            if (directives[i].Name.Value == DirectiveName)
            {
                return directives[i];
            }
        }

        return null;
    }

    private static ValueNode? Argument(DirectiveNode? directive, string name) =>
        directive?.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;

    private static int? IntArgument(DirectiveNode? directive, string name) =>
        // The schema's directive rules have checked the literal is an Int; a negative maxAge counts as 0.
        Argument(directive, name) is IntValueNode value && int.TryParse(value.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? Math.Max(0, number)
            : null;

    private static bool BoolArgument(DirectiveNode? directive, string name) =>
        Argument(directive, name) is BooleanValueNode { Value: true };

    private static CacheControlScope? ScopeArgument(DirectiveNode? directive) => Argument(directive, "scope") switch
    {
        EnumValueNode { Value: "PRIVATE" } => CacheControlScope.Private,
        EnumValueNode { Value: "PUBLIC" } => CacheControlScope.Public,
        _ => null,
    };
}
