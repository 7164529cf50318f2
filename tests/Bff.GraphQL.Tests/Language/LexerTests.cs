using Bff.GraphQL.Language;

namespace Bff.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static List<(TokenKind Kind, string Text)> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<(TokenKind, string)>();
        do
        {
            lexer.Advance();
            tokens.Add((lexer.Cur.Kind, lexer.Text(lexer.Cur).ToString()));
        }
        while (lexer.Cur.Kind != TokenKind.EOF);

        return tokens;
    }

    private static string StringValue(string literal) => ((StringValueNode)Parser.ParseValue(literal)).Value;

    private static GraphQLSyntaxException LexError(string source) =>
        Assert.Throws<GraphQLSyntaxException>(() => Lex(source));

    [Fact]
    public void Every_punctuator_is_a_token()
    {
        var tokens = Lex("! $ & ( ) ... : = @ [ ] { | }");
        Assert.Equal(
            [TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
             TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
             TokenKind.Pipe, TokenKind.BraceR, TokenKind.EOF],
            tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Names_numbers_and_strings_are_tokens()
    {
        var tokens = Lex("_name9 Other 0 -12 1.5 -0.5e10 2E-3 3e+4 \"s\" \"\"\"b\"\"\"");
        Assert.Equal(
            [(TokenKind.Name, "_name9"), (TokenKind.Name, "Other"), (TokenKind.Int, "0"), (TokenKind.Int, "-12"),
             (TokenKind.Float, "1.5"), (TokenKind.Float, "-0.5e10"), (TokenKind.Float, "2E-3"), (TokenKind.Float, "3e+4"),
             (TokenKind.String, "\"s\""), (TokenKind.BlockString, "\"\"\"b\"\"\""), (TokenKind.EOF, "")],
            tokens);
    }

    [Fact]
    public void Ignored_tokens_are_skipped_bom_whitespace_commas_comments_line_terminators()
    {
        var tokens = Lex("\uFEFF \t,,, # a comment \u00e9\n\r\n\r a # trailing");
        Assert.Equal([(TokenKind.Name, "a"), (TokenKind.EOF, "")], tokens);
    }

    [Fact]
    public void Lines_are_counted_for_crlf_cr_and_lf_and_columns_are_one_based()
    {
        var lexer = new Lexer("a\r\nb\rc\nd\u2028e");
        var positions = new List<(int, int)>();
        for (lexer.Advance(); lexer.Cur.Kind != TokenKind.EOF; lexer.Advance())
        {
            if (lexer.Cur.Kind == TokenKind.Name)
            {
                positions.Add((lexer.Cur.Line, lexer.Cur.Column));
            }

            if (lexer.Text(lexer.Cur).SequenceEqual("d"))
            {
                break;
            }
        }

        Assert.Equal([(1, 1), (2, 1), (3, 1), (4, 1)], positions);
    }

    [Fact]
    public void Block_string_advances_the_line_count()
    {
        var lexer = new Lexer("\"\"\"a\nb\r\nc\"\"\" name");
        lexer.Advance();
        lexer.Advance();
        Assert.Equal((3, 6), (lexer.Cur.Line, lexer.Cur.Column));
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape \\u{1F600}\"", "string with unicode escape \U0001F600")]
    [InlineData("\"\\u{00000041}\"", "A")]
    [InlineData("\"string with surrogate pair escape \\uD83D\\uDE00\"", "string with surrogate pair escape \U0001F600")]
    [InlineData("\"\\uD83D\\uDE00\\uD83D\\uDE00\"", "\U0001F600\U0001F600")]
    [InlineData("\"raw unicode é 😀\"", "raw unicode é 😀")]
    [InlineData("\"raw control \u0007 is a source character\"", "raw control \u0007 is a source character")]
    public void String_escapes_are_resolved(string literal, string expected) =>
        Assert.Equal(expected, StringValue(literal));

    [Theory]
    [InlineData("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\uXXXX\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXX\".", 6)]
    [InlineData("\"lone \\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 7)]
    [InlineData("\"lone \\uDE00\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 7)]
    [InlineData("\"pair \\uD83D\\u0041\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 7)]
    [InlineData("\"\\u{}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 2)]
    [InlineData("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 2)]
    [InlineData("\"\\u{D800}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 2)]
    [InlineData("\"\\u{0000000041}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000004\".", 2)]
    [InlineData("\"\\u{41\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{41\"\".", 2)]
    [InlineData("\"unterminated", "Syntax Error: Unterminated string.", 14)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 7)]
    [InlineData("\"\\", "Syntax Error: Invalid character escape sequence: \"\\\".", 2)]
    [InlineData("\"\"\"unterminated block", "Syntax Error: Unterminated string.", 22)]
    public void Bad_strings_are_errors(string source, string message, int column)
    {
        var error = LexError(source);
        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Lone_surrogates_in_the_source_are_invalid_characters()
    {
        var inString = LexError("\"a\uD800b\"");
        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", inString.Message);
        Assert.Equal(3, inString.Column);

        var outside = LexError("a \uDC00");
        Assert.Equal("Syntax Error: Invalid character: U+DC00.", outside.Message);

        var afterComment = LexError("# comment \uD800 more");
        Assert.Equal("Syntax Error: Invalid character: U+D800.", afterComment.Message);
        Assert.Equal(11, afterComment.Column);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps its indent\n    second\n    third\"\"\"", "  first line keeps its indent\nsecond\nthird")]
    [InlineData("\"\"\"\n  \t \n\"\"\"", "")]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"\n    a\n\n      b\n    \"\"\"", "a\n\n  b")]
    [InlineData("\"\"\"\n\ta\n\t  b\n\"\"\"", "a\n  b")]
    [InlineData("\"\"\"\n    blank lines keep no indent\n  \n    x\n\"\"\"", "blank lines keep no indent\n\nx")]
    public void Block_strings_follow_the_BlockStringValue_algorithm(string literal, string expected) =>
        Assert.Equal(expected, StringValue(literal));

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "-0")]
    [InlineData("9", "9")]
    [InlineData("-12345", "-12345")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    public void Ints_keep_their_text(string source, string expected) =>
        Assert.Equal(expected, Assert.IsType<IntValueNode>(Parser.ParseValue(source)).Value);

    [Theory]
    [InlineData("0.0")]
    [InlineData("-1.5")]
    [InlineData("1e10")]
    [InlineData("1E-10")]
    [InlineData("-1.123e+4")]
    [InlineData("0e0")]
    public void Floats_keep_their_text(string source) =>
        Assert.Equal(source, Assert.IsType<FloatValueNode>(Parser.ParseValue(source)).Value);

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("-01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData(".5", "Syntax Error: Unexpected character: \".\".", 1)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e+", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 4)]
    [InlineData("0x1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("1.5.", "Syntax Error: Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 2)]
    [InlineData("1_000", "Syntax Error: Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1.0e1.5", "Syntax Error: Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("--1", "Syntax Error: Invalid number, expected digit but got: \"-\".", 2)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1)]
    [InlineData("1\u00e9", "Syntax Error: Unexpected character: U+00E9.", 2)]
    public void Bad_numbers_are_errors(string source, string message, int column)
    {
        var error = LexError(source);
        Assert.Equal(message, error.Message);
        Assert.Equal((1, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("\u0000", "Syntax Error: Unexpected character: U+0000.")]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.")]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".")]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".")]
    [InlineData("~", "Syntax Error: Unexpected character: \"~\".")]
    [InlineData("\u00AA", "Syntax Error: Unexpected character: U+00AA.")]
    [InlineData("\u2028", "Syntax Error: Unexpected character: U+2028.")]
    [InlineData("😀", "Syntax Error: Unexpected character: U+1F600.")]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    public void Unexpected_characters_are_errors(string source, string message) =>
        Assert.Equal(message, LexError(source).Message);

    [Fact]
    public void Unicode_names_are_not_names_but_unicode_in_strings_and_comments_is_fine()
    {
        var document = Parser.Parse("# 😀 comment é\n{ a(b: \"日本語 😀\") }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("日本語 😀", ((StringValueNode)field.Arguments[0].Value).Value);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ café }"));
    }

    [Fact]
    public void Lookahead_does_not_move_the_lexer()
    {
        var lexer = new Lexer("a b");
        lexer.Advance();
        var next = lexer.Lookahead();
        Assert.Equal("b", lexer.Text(next).ToString());
        Assert.Equal("a", lexer.Text(lexer.Cur).ToString());
    }
}
