using Bff.GraphQL.Language;

namespace Bff.GraphQL.Execution;

/// <summary>A line and column (1-based) in the request document, as reported in <c>errors[].locations</c>.</summary>
public readonly record struct ErrorLocation(int Line, int Column);

/// <summary>One entry of a response's <c>errors</c> list (spec 7.1.2).</summary>
public sealed record GraphQLError(
    string Message,
    IReadOnlyList<ErrorLocation>? Locations = null,
    IReadOnlyList<object>? Path = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>An error located at the given syntax nodes (those without a location are left out).</summary>
    public static GraphQLError At(string message, IEnumerable<SyntaxNode> nodes, IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var locations = nodes
            .Where(n => n.Location is not null)
            .Select(n => new ErrorLocation(n.Location!.Value.Line, n.Location.Value.Column))
            .ToArray();
        return new GraphQLError(message, locations.Length == 0 ? null : locations, path, extensions);
    }

    /// <summary>The value of <c>extensions.code</c>, when set.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;
}
