using System.Buffers;
using System.Text;

namespace Bff.Backends.Http;

public ref partial struct UrlBuilder
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>Appends <c>name=a,b,c</c> with each value escaped; null or empty lists are left out.</summary>
    public void AppendQueryList(string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            return;
        }

        var first = true;
        foreach (var value in values)
        {
            StartListItem(name, ref first);
            AppendEscaped(value ?? string.Empty);
        }
    }

    /// <summary>Appends <c>name=1,2,3</c> formatted with the invariant culture; null or empty lists are left out.</summary>
    public void AppendQueryFormattableList<T>(string name, IEnumerable<T>? values)
        where T : ISpanFormattable
    {
        if (values is null)
        {
            return;
        }

        var first = true;
        foreach (var value in values)
        {
            StartListItem(name, ref first);
            AppendFormatted(value);
        }
    }

    private void StartListItem(string name, ref bool first)
    {
        if (first)
        {
            StartParameter(name);
            first = false;
        }
        else
        {
            Append(',');
        }
    }

    private void AppendEscaped(scoped ReadOnlySpan<char> value)
    {
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
            {
                Append(c);
                continue;
            }

            // Lone surrogates become U+FFFD rather than an invalid UTF-8 sequence.
            Rune.DecodeFromUtf16(value[i..], out var rune, out var consumed);
            i += consumed - 1;
            var count = rune.EncodeToUtf8(utf8);
            for (var b = 0; b < count; b++)
            {
                Append('%');
                Append(Hex[utf8[b] >> 4]);
                Append(Hex[utf8[b] & 0xF]);
            }
        }
    }

    private void Append(char c)
    {
        if (length == buffer.Length)
        {
            Grow(1);
        }

        buffer[length++] = c;
    }

    private void Append(scoped ReadOnlySpan<char> text)
    {
        if (length + text.Length > buffer.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(buffer[length..]);
        length += text.Length;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, length + needed));
        buffer[..length].CopyTo(larger);
        var old = rented;
        buffer = rented = larger;
        if (old is not null)
        {
            ArrayPool<char>.Shared.Return(old);
        }
    }
}
