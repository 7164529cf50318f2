using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>What the <c>@defer</c>/<c>@stream</c> rules share; they check only schemas that have the directives.</summary>
internal static class DeferStreamDirectives
{
    public const string Defer = "defer";
    public const string Stream = "stream";

    public static bool AreEnabled(ValidationContext context) =>
        context.Schema.GetDirective(Defer) is not null || context.Schema.GetDirective(Stream) is not null;

    public static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name) =>
        directives.FirstOrDefault(d => d.Name.Value == name);

    public static ValueNode? Argument(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;
}
