using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>Reads the string arguments of <c>@deprecated</c> and <c>@specifiedBy</c> from applied directives.</summary>
internal static class DirectiveArguments
{
    public static string? String(IEnumerable<DirectiveNode> directives, string directive, string argument) =>
        directives.FirstOrDefault(d => d.Name.Value == directive)?.Arguments
            .FirstOrDefault(a => a.Name.Value == argument)?.Value is StringValueNode s
            ? s.Value
            : null;

    /// <summary>The deprecation reason: the written one, the default when none is written, null when not deprecated.</summary>
    public static string? DeprecationReason(IEnumerable<DirectiveNode> directives)
    {
        var list = directives as IReadOnlyList<DirectiveNode> ?? [.. directives];
        return list.Any(d => d.Name.Value == "deprecated")
            ? String(list, "deprecated", "reason") ?? BuiltInDirectives.DefaultDeprecationReason
            : null;
    }
}
