using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Bff.GraphQL.Execution;

namespace Bff.Domains.Common;

/// <summary>
/// Opaque cursors of the offset-paged connections (search, reviews, orders): the base64url of <c>offset:{n}</c>, the
/// position of an item in the whole list. Clients must not build them; anything that does not decode to an offset
/// below the connection's bound is a BAD_USER_INPUT error before any cache read or call.
/// </summary>
internal static class OffsetCursor
{
    private const string Prefix = "offset:";
    private const int MaxLength = 32;

    public static string Encode(int offset) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// The offset after the argument <c>after</c>: where the next page starts (0 without it). Offsets at or beyond
    /// <paramref name="maxOffset"/> are refused, so a forged cursor cannot send the backend (and the cache) far past any real list.
    /// </summary>
    public static int StartAfter(IResolverContext context, int maxOffset)
    {
        var cursor = context.ArgumentValue<string>("after");
        if (cursor is null)
        {
            return 0;
        }

        if (cursor.Length <= MaxLength && Base64Url.IsValid(cursor)
            && Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)) is { } text
            && text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            && offset < maxOffset)
        {
            return offset + 1;
        }

        throw new GraphQLException("Argument \"after\" is not a cursor of this connection.", DomainErrorCodes.BadUserInput,
            new Dictionary<string, object?> { ["argument"] = "after" });
    }
}
