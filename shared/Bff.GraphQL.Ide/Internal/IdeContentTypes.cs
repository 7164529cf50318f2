using Microsoft.AspNetCore.StaticFiles;

namespace Bff.GraphQL.Ide.Internal;

/// <summary>Content types of the IDE's files, by extension (the same table ASP.NET Core's static files use).</summary>
internal static class IdeContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = new();

    public static string For(string path)
    {
        if (!Path.HasExtension(path))
        {
            // The package's only file without an extension is its LICENSE.
            return "text/plain; charset=utf-8";
        }

        if (!Provider.TryGetContentType(path, out var type))
        {
            return "application/octet-stream";
        }

        return type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal)
            ? type + "; charset=utf-8"
            : type;
    }

    public static bool IsCompressible(string contentType) =>
        contentType.StartsWith("text/", StringComparison.Ordinal)
        || contentType.Contains("json", StringComparison.Ordinal)
        || contentType.Contains("javascript", StringComparison.Ordinal)
        || contentType.Contains("svg", StringComparison.Ordinal)
        || contentType.Contains("x-font-ttf", StringComparison.Ordinal)
        || contentType.StartsWith("image/x-icon", StringComparison.Ordinal);
}
