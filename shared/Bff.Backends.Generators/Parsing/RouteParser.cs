using System.Collections.Immutable;
using Bff.Backends.Generators.Model;

namespace Bff.Backends.Generators.Parsing;

/// <summary>Splits <c>/products/{id}/reviews</c> into literals and placeholders, at compile time.</summary>
internal static class RouteParser
{
    /// <summary>Null with an error when the template is malformed.</summary>
    public static ImmutableArray<RouteSegment>? Parse(string template, out string? error)
    {
        error = null;
        if (template.Length == 0 || template[0] != '/')
        {
            error = "it must start with '/'";
            return null;
        }

        // The leading slash is dropped so that a base URL with a path (http://gateway/pricing/) keeps that path.
        var segments = ImmutableArray.CreateBuilder<RouteSegment>();
        var start = 1;
        while (start < template.Length)
        {
            var open = template.IndexOf('{', start);
            var closeBefore = template.IndexOf('}', start);
            if (closeBefore >= 0 && (open < 0 || closeBefore < open))
            {
                error = "'}' without '{'";
                return null;
            }

            if (open < 0)
            {
                segments.Add(new RouteSegment(template.Substring(start), null));
                break;
            }

            var close = template.IndexOf('}', open);
            if (close < 0 || close == open + 1 || template.IndexOf('{', open + 1, close - open - 1) >= 0)
            {
                error = "placeholders look like {name}";
                return null;
            }

            if (open > start)
            {
                segments.Add(new RouteSegment(template.Substring(start, open - start), null));
            }

            segments.Add(new RouteSegment(string.Empty, template.Substring(open + 1, close - open - 1)));
            start = close + 1;
        }

        if (template.IndexOf('?') >= 0 && template.IndexOf('{', template.IndexOf('?')) >= 0)
        {
            error = "placeholders belong in the path, before '?'; use [Query] parameters for the query string";
            return null;
        }

        return segments.ToImmutable();
    }
}
