using Bff.GraphQL.Execution.Incremental;
using Microsoft.Net.Http.Headers;

namespace Bff.GraphQL.Server.Http;

/// <summary>
/// Which incremental delivery format an <c>Accept</c> header asks for: <c>multipart/mixed;deferSpec=20220824</c> is
/// Apollo's, <c>multipart/mixed</c> (plain, or with <c>incrementalSpec=v0.2</c>) the current draft's.
/// </summary>
internal static class IncrementalAccept
{
    public const string MultipartMixed = "multipart/mixed";

    public static IncrementalFormat? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        foreach (var range in accept)
        {
            if ((range.Quality ?? 1.0) <= 0
                || !string.Equals(range.MediaType.Value, MultipartMixed, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var deferSpec = range.Parameters.FirstOrDefault(p => p.Name.Equals("deferSpec", StringComparison.OrdinalIgnoreCase));
            return deferSpec is not null && HeaderUtilities.RemoveQuotes(deferSpec.Value).Equals("20220824", StringComparison.Ordinal)
                ? IncrementalFormat.Legacy20220824
                : IncrementalFormat.Current;
        }

        return null;
    }

    /// <summary>The response's media type: the boundary <c>-</c>, and Apollo's parameter when it is Apollo's format.</summary>
    public static string ContentType(IncrementalFormat format) => format == IncrementalFormat.Legacy20220824
        ? "multipart/mixed; boundary=\"-\"; deferSpec=20220824"
        : "multipart/mixed; boundary=\"-\"";
}
