using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Bff.GraphQL.Language;

/// <summary>Lexical token kinds; <see cref="Describe"/> gives graphql-js's wording of each.</summary>
internal enum TokenKind : byte
{
    SOF,
    EOF,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

/// <summary>One token: where it is, nothing materialized. Strings and names are cut from the source only when a node is built.</summary>
internal readonly struct Token(TokenKind kind, int start, int end, int line, int column, bool hasEscape = false)
{
    public readonly TokenKind Kind = kind;
    public readonly int Start = start;
    public readonly int End = end;
    public readonly int Line = line;
    public readonly int Column = column;

    /// <summary>For <see cref="TokenKind.String"/>: the literal contains at least one escape sequence.</summary>
    public readonly bool HasEscape = hasEscape;
}

/// <summary>The start of a token (offset, line, column): small enough for the parser to keep in registers.</summary>
internal readonly record struct TokenStart(int Start, int Line, int Column);

/// <summary>
/// The GraphQL (October 2021) lexer, as graphql-js 16 implements it, over UTF-16 text. It is a value type kept by the
/// parser: advancing allocates nothing; a lookahead is a copy of the struct.
/// </summary>
internal ref struct Lexer
{
    private static readonly SearchValues<char> StringStops = SearchValues.Create("\"\\\n\r");

    private readonly ReadOnlySpan<char> _src;
    private readonly int _maxStringLength;
    private int _pos;
    private int _line;
    private int _lineStart;

    // The current token, kept as separate fields rather than a Token: the parser reads one or two of them at a time,
    // and a whole-struct copy right after the lexer's narrow stores stalls on store-to-load forwarding.
    private TokenKind _kind;
    private bool _hasEscape;
    private int _tokenStart;
    private int _tokenEnd;
    private int _tokenLine;
    private int _tokenColumn;

    /// <summary>End offset of the token before <see cref="Cur"/> (graphql-js's <c>lastToken.end</c>).</summary>
    public int PrevEnd;

    public Lexer(ReadOnlySpan<char> source, int maxStringLength = int.MaxValue)
    {
        _src = source;
        _maxStringLength = maxStringLength;
        _pos = 0;
        _line = 1;
        _lineStart = 0;
        _kind = TokenKind.SOF;
        _hasEscape = false;
        _tokenStart = 0;
        _tokenEnd = 0;
        _tokenLine = 0;
        _tokenColumn = 0;
        PrevEnd = 0;
    }

    /// <summary>The current token.</summary>
    public readonly Token Cur => new(_kind, _tokenStart, _tokenEnd, _tokenLine, _tokenColumn, _hasEscape);

    /// <summary>Where the current token starts: all a node needs to remember of its first token.</summary>
    public readonly TokenStart CurStartMark => new(_tokenStart, _tokenLine, _tokenColumn);

    /// <summary>The kind of the current token.</summary>
    public readonly TokenKind CurKind => _kind;

    /// <summary>The start offset of the current token.</summary>
    public readonly int CurStart => _tokenStart;

    public readonly ReadOnlySpan<char> Source => _src;

    public readonly ReadOnlySpan<char> Text(in Token token) => _src[token.Start..token.End];

    /// <summary>Moves to the next token, skipping ignored tokens (white space, line terminators, commas, comments, BOM).</summary>
    public void Advance()
    {
        PrevEnd = _tokenEnd;
        if (_kind != TokenKind.EOF)
        {
            ReadNext();
        }
    }

    /// <summary>The token after <see cref="Cur"/>, without moving.</summary>
    public readonly Token Lookahead()
    {
        if (_kind == TokenKind.EOF)
        {
            return Cur;
        }

        Lexer copy = this;
        copy.ReadNext();
        return copy.Cur;
    }

    private void Make(TokenKind kind, int start, int end, bool hasEscape = false)
    {
        _pos = end;
        _kind = kind;
        _hasEscape = hasEscape;
        _tokenStart = start;
        _tokenEnd = end;
        _tokenLine = _line;
        _tokenColumn = 1 + start - _lineStart;
    }

    private void ReadNext()
    {
        ReadOnlySpan<char> src = _src;
        int pos = _pos;
        while ((uint)pos < (uint)src.Length)
        {
            char c = src[pos];
            switch (c)
            {
                case ' ':
                    // Indentation comes in runs.
                    do
                    {
                        pos++;
                    }
                    while ((uint)pos < (uint)src.Length && src[pos] == ' ');

                    continue;
                case '\uFEFF':
                case '\t':
                case ',':
                    pos++;
                    continue;
                case '\n':
                    pos++;
                    _line++;
                    _lineStart = pos;

                    // A line break is usually followed by indentation: skip it without going back through the switch.
                    while ((uint)pos < (uint)src.Length && src[pos] == ' ')
                    {
                        pos++;
                    }

                    continue;
                case '\r':
                    pos += (uint)(pos + 1) < (uint)src.Length && src[pos + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = pos;
                    continue;
                case '#':
                    pos = SkipComment(pos);
                    continue;
                case '!':
                    Make(TokenKind.Bang, pos, pos + 1);
                    return;
                case '$':
                    Make(TokenKind.Dollar, pos, pos + 1);
                    return;
                case '&':
                    Make(TokenKind.Amp, pos, pos + 1);
                    return;
                case '(':
                    Make(TokenKind.ParenL, pos, pos + 1);
                    return;
                case ')':
                    Make(TokenKind.ParenR, pos, pos + 1);
                    return;
                case '.':
                    if (CharAt(pos + 1) == '.' && CharAt(pos + 2) == '.')
                    {
                        Make(TokenKind.Spread, pos, pos + 3);
                        return;
                    }

                    break;
                case ':':
                    Make(TokenKind.Colon, pos, pos + 1);
                    return;
                case '=':
                    Make(TokenKind.Equals, pos, pos + 1);
                    return;
                case '@':
                    Make(TokenKind.At, pos, pos + 1);
                    return;
                case '[':
                    Make(TokenKind.BracketL, pos, pos + 1);
                    return;
                case ']':
                    Make(TokenKind.BracketR, pos, pos + 1);
                    return;
                case '{':
                    Make(TokenKind.BraceL, pos, pos + 1);
                    return;
                case '|':
                    Make(TokenKind.Pipe, pos, pos + 1);
                    return;
                case '}':
                    Make(TokenKind.BraceR, pos, pos + 1);
                    return;
                case '"':
                    if (CharAt(pos + 1) == '"' && CharAt(pos + 2) == '"')
                    {
                        ReadBlockString(pos);
                    }
                    else
                    {
                        ReadString(pos);
                    }

                    return;
                default:
                    if (IsNameStart(c))
                    {
                        // Names are short: a table walk beats a vectorized search here.
                        int end = pos + 1;
                        while ((uint)end < (uint)src.Length && IsNameContinue(src[end]))
                        {
                            end++;
                        }

                        Make(TokenKind.Name, pos, end);
                        return;
                    }

                    if (char.IsAsciiDigit(c) || c == '-')
                    {
                        ReadNumber(pos);
                        return;
                    }

                    break;
            }

            throw UnexpectedCharacter(pos);
        }

        Make(TokenKind.EOF, src.Length, src.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int CharAt(int index) => (uint)index < (uint)_src.Length ? _src[index] : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsNameStart(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameContinue(char c) => c < 128 && NameContinueTable[c] != 0;

    /// <summary>1 for <c>[_0-9A-Za-z]</c>.</summary>
    private static ReadOnlySpan<byte> NameContinueTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    private readonly int SkipComment(int start)
    {
        ReadOnlySpan<char> src = _src;
        int from = start + 1;
        int rel = src[from..].IndexOfAny('\n', '\r');
        int end = rel < 0 ? src.Length : from + rel;
        int bad = FirstLoneSurrogate(src[from..end]);
        return bad < 0 ? end : from + bad;
    }

    /// <summary>Index of the first UTF-16 code unit that is not part of a Unicode scalar value, or -1.</summary>
    internal static int FirstLoneSurrogate(ReadOnlySpan<char> span)
    {
        int i = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return -1;
        }

        while (i < span.Length)
        {
            char c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i += 2;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
            else
            {
                i++;
            }

            int next = span[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (next < 0)
            {
                return -1;
            }

            i += next;
        }

        return -1;
    }

    private void ReadNumber(int start)
    {
        int pos = start;
        int c = CharAt(pos);
        bool isFloat = false;
        if (c == '-')
        {
            c = CharAt(++pos);
        }

        if (c == '0')
        {
            c = CharAt(++pos);
            if (IsDigit(c))
            {
                throw Error(pos, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(pos)}.");
            }
        }
        else
        {
            pos = ReadDigits(pos, c);
            c = CharAt(pos);
        }

        if (c == '.')
        {
            isFloat = true;
            c = CharAt(++pos);
            pos = ReadDigits(pos, c);
            c = CharAt(pos);
        }

        if (c is 'E' or 'e')
        {
            isFloat = true;
            c = CharAt(++pos);
            if (c is '+' or '-')
            {
                c = CharAt(++pos);
            }

            pos = ReadDigits(pos, c);
            c = CharAt(pos);
        }

        if (c == '.' || IsNameStart(c))
        {
            throw Error(pos, $"Invalid number, expected digit but got: {PrintCodePointAt(pos)}.");
        }

        Make(isFloat ? TokenKind.Float : TokenKind.Int, start, pos);
    }

    private readonly int ReadDigits(int start, int first)
    {
        if (!IsDigit(first))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        int pos = start + 1;
        while (IsDigit(CharAt(pos)))
        {
            pos++;
        }

        return pos;
    }

    private void ReadString(int start)
    {
        ReadOnlySpan<char> src = _src;
        int pos = start + 1;
        bool hasEscape = false;
        while (pos < src.Length)
        {
            int rel = src[pos..].IndexOfAny(StringStops);
            int stop = rel < 0 ? src.Length : pos + rel;
            int bad = FirstLoneSurrogate(src[pos..stop]);
            if (bad >= 0)
            {
                throw Error(pos + bad, $"Invalid character within String: {PrintCodePointAt(pos + bad)}.");
            }

            pos = stop;
            if (pos >= src.Length)
            {
                break;
            }

            char c = src[pos];
            if (c == '"')
            {
                CheckStringLength(start, pos + 1);
                Make(TokenKind.String, start, pos + 1, hasEscape);
                return;
            }

            if (c == '\\')
            {
                hasEscape = true;
                pos += ReadEscape(src, pos, out _, out _);
                continue;
            }

            break; // line terminator
        }

        throw Error(pos, "Unterminated string.");
    }

    private readonly void CheckStringLength(int start, int end)
    {
        if (end - start > _maxStringLength)
        {
            throw Error(start, $"String exceeds the maximum length of {_maxStringLength} characters.");
        }
    }

    /// <summary>
    /// Validates the escape sequence at <paramref name="pos"/> (a backslash) and returns its length in the source;
    /// the code units it stands for are <paramref name="c1"/> and, for a supplementary code point, <paramref name="c2"/>.
    /// </summary>
    internal static int ReadEscape(ReadOnlySpan<char> src, int pos, out char c1, out char c2)
    {
        c2 = '\0';
        int next = pos + 1 < src.Length ? src[pos + 1] : -1;
        switch (next)
        {
            case '"': c1 = '"'; return 2;
            case '\\': c1 = '\\'; return 2;
            case '/': c1 = '/'; return 2;
            case 'b': c1 = '\b'; return 2;
            case 'f': c1 = '\f'; return 2;
            case 'n': c1 = '\n'; return 2;
            case 'r': c1 = '\r'; return 2;
            case 't': c1 = '\t'; return 2;
            case 'u':
                break;
            default:
                throw Error(src, pos, $"Invalid character escape sequence: \"{Slice(src, pos, pos + 2)}\".");
        }

        if (pos + 2 < src.Length && src[pos + 2] == '{')
        {
            // Variable width: \u{X...}, at most 8 hex digits, as graphql-js 16 reads it (32-bit arithmetic included).
            int point = 0;
            int size = 3;
            while (size < 12)
            {
                int code = pos + size < src.Length ? src[pos + size] : -1;
                size++;
                if (code == '}')
                {
                    if (size < 5 || !IsUnicodeScalarValue(point))
                    {
                        break;
                    }

                    if (point > 0xFFFF)
                    {
                        string pair = char.ConvertFromUtf32(point);
                        c1 = pair[0];
                        c2 = pair[1];
                    }
                    else
                    {
                        c1 = (char)point;
                    }

                    return size;
                }

                point = (point << 4) | HexValue(code);
                if (point < 0)
                {
                    break;
                }
            }

            throw Error(src, pos, $"Invalid Unicode escape sequence: \"{Slice(src, pos, pos + size)}\".");
        }

        int unit = Read16BitHex(src, pos + 2);
        if (IsUnicodeScalarValue(unit))
        {
            c1 = (char)unit;
            return 6;
        }

        // A JSON-style surrogate pair written as two escapes.
        if (unit is >= 0xD800 and <= 0xDBFF && pos + 7 < src.Length && src[pos + 6] == '\\' && src[pos + 7] == 'u')
        {
            int trailing = Read16BitHex(src, pos + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                c1 = (char)unit;
                c2 = (char)trailing;
                return 12;
            }
        }

        throw Error(src, pos, $"Invalid Unicode escape sequence: \"{Slice(src, pos, pos + 6)}\".");
    }

    private static ReadOnlySpan<char> Slice(ReadOnlySpan<char> src, int start, int end) =>
        src[start..Math.Min(end, src.Length)];

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static int Read16BitHex(ReadOnlySpan<char> src, int pos)
    {
        return (Digit(src, pos) << 12) | (Digit(src, pos + 1) << 8) | (Digit(src, pos + 2) << 4) | Digit(src, pos + 3);

        static int Digit(ReadOnlySpan<char> s, int i) => i < s.Length ? HexValue(s[i]) : -1;
    }

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private void ReadBlockString(int start)
    {
        ReadOnlySpan<char> src = _src;
        int pos = start + 3;
        int lines = 0;
        int lineStart = _lineStart;
        while (pos < src.Length)
        {
            int rel = src[pos..].IndexOfAny(StringStops);
            int stop = rel < 0 ? src.Length : pos + rel;
            int bad = FirstLoneSurrogate(src[pos..stop]);
            if (bad >= 0)
            {
                throw Error(pos + bad, $"Invalid character within String: {PrintCodePointAt(pos + bad)}.");
            }

            pos = stop;
            if (pos >= src.Length)
            {
                break;
            }

            switch (src[pos])
            {
                case '"':
                    if (CharAt(pos + 1) == '"' && CharAt(pos + 2) == '"')
                    {
                        CheckStringLength(start, pos + 3);
                        Make(TokenKind.BlockString, start, pos + 3);
                        _line += lines;
                        _lineStart = lineStart;
                        return;
                    }

                    pos++;
                    break;
                case '\\':
                    pos += CharAt(pos + 1) == '"' && CharAt(pos + 2) == '"' && CharAt(pos + 3) == '"' ? 4 : 1;
                    break;
                case '\n':
                    pos++;
                    lines++;
                    lineStart = pos;
                    break;
                default: // '\r'
                    pos += CharAt(pos + 1) == '\n' ? 2 : 1;
                    lines++;
                    lineStart = pos;
                    break;
            }
        }

        throw Error(pos, "Unterminated string.");
    }

    /// <summary>The value of a string or block string token, escapes resolved and block indentation removed.</summary>
    public readonly string StringValue(in Token token)
    {
        if (token.Kind == TokenKind.BlockString)
        {
            return BlockString.Dedent(_src[(token.Start + 3)..(token.End - 3)]);
        }

        ReadOnlySpan<char> raw = _src[(token.Start + 1)..(token.End - 1)];
        if (!token.HasEscape)
        {
            return raw.Length == 0 ? string.Empty : new string(raw);
        }

        return Unescape(raw);
    }

    private static string Unescape(ReadOnlySpan<char> raw)
    {
        char[]? rented = null;
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        int n = 0;
        int i = 0;
        while (i < raw.Length)
        {
            int slash = raw[i..].IndexOf('\\');
            if (slash < 0)
            {
                raw[i..].CopyTo(buffer[n..]);
                n += raw.Length - i;
                break;
            }

            raw.Slice(i, slash).CopyTo(buffer[n..]);
            n += slash;
            i += slash;
            i += ReadEscape(raw, i, out char c1, out char c2);
            buffer[n++] = c1;
            if (c2 != '\0')
            {
                buffer[n++] = c2;
            }
        }

        string result = new(buffer[..n]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>graphql-js's <c>getTokenDesc</c>: <c>Name "x"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public readonly string Describe(in Token token)
    {
        string kind = Describe(token.Kind);
        return token.Kind switch
        {
            TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{kind} \"{Text(token)}\"",
            TokenKind.String or TokenKind.BlockString => $"{kind} \"{StringValue(token)}\"",
            _ => kind,
        };
    }

    /// <summary>graphql-js's <c>getTokenKindDesc</c>: punctuators quoted, other kinds by name.</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.SOF => "<SOF>",
        TokenKind.EOF => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };

    private readonly string PrintCodePointAt(int pos) => PrintCodePointAt(_src, pos);

    /// <summary>graphql-js's <c>printCodePointAt</c>.</summary>
    internal static string PrintCodePointAt(ReadOnlySpan<char> src, int pos)
    {
        if (pos >= src.Length)
        {
            return "<EOF>";
        }

        int code = src[pos];
        if (char.IsHighSurrogate(src[pos]) && pos + 1 < src.Length && char.IsLowSurrogate(src[pos + 1]))
        {
            code = char.ConvertToUtf32(src[pos], src[pos + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private readonly GraphQLSyntaxException UnexpectedCharacter(int pos)
    {
        char c = _src[pos];
        if (c == '\'')
        {
            return Error(pos, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        bool valid = !char.IsSurrogate(c)
            || (char.IsHighSurrogate(c) && pos + 1 < _src.Length && char.IsLowSurrogate(_src[pos + 1]));
        return Error(pos, valid
            ? $"Unexpected character: {PrintCodePointAt(pos)}."
            : $"Invalid character: {PrintCodePointAt(pos)}.");
    }

    public readonly GraphQLSyntaxException Error(int pos, string description) => Error(_src, pos, description);

    private static GraphQLSyntaxException Error(ReadOnlySpan<char> src, int pos, string description) =>
        GraphQLSyntaxException.At(src, pos, description);
}
