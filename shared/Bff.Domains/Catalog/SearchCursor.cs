using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Bff.GraphQL.Execution;

namespace Bff.Domains.Catalog;

/// <summary>
/// Opaque search cursors: the base64url of <c>offset:{n}</c>, the position of a hit in the whole result. Clients
/// must not build them; anything that does not decode to an offset is a BAD_USER_INPUT error before any call.
/// </summary>
internal static class SearchCursor
{
    private const string Prefix = "offset:";
    private const int MaxOffset = 1_000_000;

    public static string Encode(int offset) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset after <paramref name="cursor"/>: the first hit the next page starts at.</summary>
    public static int StartAfter(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }

        if (cursor.Length <= 32 && Base64Url.IsValid(cursor)
            && Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)) is { } text
            && text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            && offset < MaxOffset)
        {
            return offset + 1;
        }

        throw new GraphQLException("Argument \"after\" is not a cursor of this connection.", DomainErrorCodes.BadUserInput,
            new Dictionary<string, object?> { ["argument"] = "after" });
    }
}
