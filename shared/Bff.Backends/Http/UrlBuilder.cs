using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace Bff.Backends.Http;

/// <summary>
/// Builds a relative request URL on a stack buffer, renting from the array pool only when it outgrows it.
/// Path and query values are percent-encoded (RFC 3986 unreserved characters pass); route literals are written as is.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref partial struct UrlBuilder
{
    private Span<char> buffer;
    private char[]? rented;
    private int length;
    private bool hasQuery;

    /// <summary>Starts an empty URL in <paramref name="initialBuffer"/>, usually <c>stackalloc char[256]</c>.</summary>
    public UrlBuilder(Span<char> initialBuffer)
    {
        buffer = initialBuffer;
        rented = null;
        length = 0;
        hasQuery = false;
    }

    /// <summary>Appends route template text, which is already valid URL text.</summary>
    public void AppendLiteral(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        hasQuery |= literal.Contains('?', StringComparison.Ordinal);
        Append(literal);
    }

    /// <summary>Appends one escaped path segment; an empty value would change the route, so it is refused.</summary>
    public void AppendPathSegment(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        AppendEscaped(value);
    }

    /// <summary>Appends one path segment formatted with the invariant culture.</summary>
    public void AppendPathSegmentFormattable<T>(T value)
        where T : ISpanFormattable => AppendFormatted(value);

    /// <summary>Appends <c>name=value</c>; a null value is left out.</summary>
    public void AppendQuery(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        StartParameter(name);
        AppendEscaped(value);
    }

    /// <summary>Appends <c>name=true</c> or <c>name=false</c>.</summary>
    public void AppendQueryBoolean(string name, bool value)
    {
        StartParameter(name);
        Append(value ? "true" : "false");
    }

    /// <summary>Appends <c>name=value</c> formatted with the invariant culture.</summary>
    public void AppendQueryFormattable<T>(string name, T value)
        where T : ISpanFormattable
    {
        StartParameter(name);
        AppendFormatted(value);
    }

    /// <summary>Returns the URL and gives any rented buffer back; the builder is empty afterwards.</summary>
    public string ToStringAndClear()
    {
        var text = new string(buffer[..length]);
        var toReturn = rented;
        this = default;
        if (toReturn is not null)
        {
            ArrayPool<char>.Shared.Return(toReturn);
        }

        return text;
    }

    /// <inheritdoc/>
    public override readonly string ToString() => new(buffer[..length]);

    private void StartParameter(string name)
    {
        Append(hasQuery ? '&' : '?');
        hasQuery = true;
        AppendEscaped(name);
        Append('=');
    }

    private void AppendFormatted<T>(T value)
        where T : ISpanFormattable
    {
        // Dates go as ISO 8601 round-trip text, which every server parses; the checks fold away per T in the JIT.
        var format = typeof(T) == typeof(DateTimeOffset) || typeof(T) == typeof(DateTime) ? "O" : null;
        Span<char> scratch = stackalloc char[64];
        if (value.TryFormat(scratch, out var written, format, CultureInfo.InvariantCulture))
        {
            AppendEscaped(scratch[..written]);
        }
        else
        {
            AppendEscaped(value.ToString(format, CultureInfo.InvariantCulture));
        }
    }
}
