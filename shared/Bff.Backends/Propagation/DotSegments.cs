namespace Bff.Backends.Propagation;

/// <summary>Tells whether a path value, decoded as a server or proxy on the way might decode it, changes the route.</summary>
internal static class DotSegments
{
    // Each round undoes one layer of percent-encoding (%252e -> %2e -> .); more layers than this are not an id.
    private const int MaxDecodingRounds = 4;

    public static bool IsRouteChanging(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        var decoded = value;
        for (var round = 0; round < MaxDecodingRounds; round++)
        {
            if (HasDotSegment(decoded))
            {
                return true;
            }

            var next = Uri.UnescapeDataString(decoded);
            if (next == decoded)
            {
                return false;
            }

            decoded = next;
        }

        return true;
    }

    // Refit escapes '/' inside a value, but a proxy that decodes %2F would split "a/../b" into segments, so each piece counts.
    private static bool HasDotSegment(string value)
    {
        foreach (var range in value.AsSpan().SplitAny('/', '\\'))
        {
            var piece = value.AsSpan(range);
            if (piece is "." or "..")
            {
                return true;
            }
        }

        return false;
    }
}
