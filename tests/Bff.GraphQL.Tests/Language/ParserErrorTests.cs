using Bff.GraphQL.Language;

namespace Bff.GraphQL.Tests.Language;

/// <summary>Messages, lines and columns as graphql-js 16 reports them for the same documents.</summary>
public sealed class ParserErrorTests
{
    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a { b }", "Syntax Error: Expected Name, found <EOF>.", 1, 10)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("{ a(x 1) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 7)]
    [InlineData("{ a(x y) }", "Syntax Error: Expected \":\", found Name \"y\".", 1, 7)]
    [InlineData("{ a(x: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("{ a() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a { } }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on on { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment X { a }", "Syntax Error: Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ ..., }", "Syntax Error: Expected \"{\", found \"}\".", 1, 8)]
    [InlineData("{ a(x: \"unterminated) }", "Syntax Error: Unterminated string.", 1, 24)]
    [InlineData("{\n  a(x: \"\n", "Syntax Error: Unterminated string.", 2, 9)]
    [InlineData("{ a(x: \"bad \\x escape\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 13)]
    [InlineData("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: 0x1) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a }\u0000", "Syntax Error: Unexpected character: U+0000.", 1, 6)]
    [InlineData("{ a }\r\n\r\n{", "Syntax Error: Expected Name, found <EOF>.", 3, 2)]
    [InlineData("{ a }\r\r{", "Syntax Error: Expected Name, found <EOF>.", 3, 2)]
    [InlineData("# only a comment", "Syntax Error: Unexpected <EOF>.", 1, 17)]
    [InlineData("query Q($v: Int = $w) { a }", "Syntax Error: Unexpected variable \"$w\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int @dir(x: $b)) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 25)]
    [InlineData("type T { f(a: Int = $x): Int }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 21)]
    [InlineData("type T @dir(a: $x)", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 16)]
    [InlineData("directive @d on UNKNOWN", "Syntax Error: Unexpected Name \"UNKNOWN\".", 1, 17)]
    [InlineData("directive @d on FIELD | BOGUS", "Syntax Error: Unexpected Name \"BOGUS\".", 1, 25)]
    [InlineData("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("directive @d(a: Int) repeatable FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 33)]
    [InlineData("\"desc\" query { a }", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { \"d\" null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("union U = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 14)]
    [InlineData("type T implements A B", "Syntax Error: Unexpected Name \"B\".", 1, 21)]
    [InlineData("schema { foo: Q }", "Syntax Error: Unexpected Name \"foo\".", 1, 10)]
    [InlineData("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("input I { a(b: Int): Int }", "Syntax Error: Expected \":\", found \"(\".", 1, 12)]
    [InlineData("query Q($a: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("query Q($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 17)]
    [InlineData("{ a(x: {b}) }", "Syntax Error: Expected \":\", found \"}\".", 1, 10)]
    [InlineData("{ a(x: \"s\" y: \"t\" ", "Syntax Error: Expected Name, found <EOF>.", 1, 19)]
    [InlineData("type T { f: \"str\" }", "Syntax Error: Expected Name, found String \"str\".", 1, 13)]
    [InlineData("type T { f: \"\"\"  b  \"\"\" }", "Syntax Error: Expected Name, found BlockString \"  b  \".", 1, 13)]
    [InlineData("{ f(a: 1.5) { x } } fragment", "Syntax Error: Expected Name, found <EOF>.", 1, 29)]
    public void Reports_graphql_js_message_line_and_column(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal(message, error.Message);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Equal(message["Syntax Error: ".Length..], error.Description);
    }

    [Fact]
    public void Position_is_the_zero_based_offset()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{\n  a(x: \"\n"));
        Assert.Equal(10, error.Position);
    }

    [Fact]
    public void Invalid_utf8_is_a_syntax_error()
    {
        byte[] bytes = [(byte)'{', (byte)' ', (byte)'a', 0xC3, 0x28, (byte)'}'];
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(bytes.AsSpan()));
        Assert.Equal("Syntax Error: Invalid UTF-8 byte sequence.", error.Message);
        Assert.Equal(4, error.Column);
    }

    [Fact]
    public void ParseValue_ParseConstValue_and_ParseType()
    {
        Assert.IsType<VariableNode>(Parser.ParseValue("$v"));
        var constError = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[1, $v]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", constError.Message);

        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[Int!]]!"));
        Assert.Equal("Int", type.NamedType.Name.Value);
        Assert.Equal("[[Int!]]!", Printer.Print(type));

        var trailing = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("Int!!"));
        Assert.Equal("Syntax Error: Expected <EOF>, found \"!\".", trailing.Message);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("1 2"));
    }

    [Fact]
    public void Accepts_every_directive_location_and_leading_delimiters()
    {
        var document = Parser.Parse(
            "directive @d repeatable on | QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD"
            + " | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION"
            + " | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | DIRECTIVE_DEFINITION"
            + "\ntype T implements & A & B { a: Int }\nunion U = | A | B");
        var directive = (DirectiveDefinitionNode)document.Definitions[0];
        Assert.True(directive.Repeatable);
        Assert.Equal(20, directive.Locations.Count);
        Assert.Equal(2, ((ObjectTypeDefinitionNode)document.Definitions[1]).Interfaces.Count);
        Assert.Equal(2, ((UnionTypeDefinitionNode)document.Definitions[2]).Types.Count);
    }

    [Fact]
    public void Keywords_are_ordinary_names_elsewhere()
    {
        var document = Parser.Parse(
            "query query($query: query = query) { query: query(on: on, true: null, fragment: fragment) ... on on { on } }");
        Assert.Equal(
            "query query($query: query = query) {\n  query: query(on: on, true: null, fragment: fragment)\n  ... on on {\n    on\n  }\n}",
            Printer.Print(document));
    }
}
