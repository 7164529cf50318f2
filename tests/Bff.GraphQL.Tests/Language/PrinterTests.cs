using Bff.GraphQL.Language;

namespace Bff.GraphQL.Tests.Language;

/// <summary>Expected texts are graphql-js 16's <c>print</c> output for the same input.</summary>
public sealed class PrinterTests
{
    private static string RoundTrip(string source) => Printer.Print(Parser.Parse(source));

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("query @dir { a }", "query @dir {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("{ a, b,c }", "{\n  a\n  b\n  c\n}")]
    [InlineData("{ a(x: [1 2], y: {b: 1 c: \"s\"}) }", "{\n  a(x: [1, 2], y: {b: 1, c: \"s\"})\n}")]
    // graphql-js breaks the arguments when name + "(" + arguments + ")" is longer than 80 (indentation not counted).
    [InlineData(
        "{ a { f(arg1: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", arg2: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbb\") } }",
        "{\n  a {\n    f(arg1: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", arg2: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbb\")\n  }\n}")]
    [InlineData(
        "{ f(arg1: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", arg2: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbb\") }",
        "{\n  f(\n    arg1: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n    arg2: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"\n  )\n}")]
    [InlineData("{ outer { f(a: \"\"\"multi\nline\"\"\", b: 1) } }", "{\n  outer {\n    f(a: \"\"\"\n    multi\n    line\n    \"\"\", b: 1)\n  }\n}")]
    [InlineData("query Q($a: String = \"\"\"multi\nline\"\"\") { a }", "query Q(\n$a: String = \"\"\"\nmulti\nline\n\"\"\"\n) {\n  a\n}")]
    [InlineData("{ ... @dir { a } ... on T { b } ...F @d }", "{\n  ... @dir {\n    a\n  }\n  ... on T {\n    b\n  }\n  ...F @d\n}")]
    [InlineData("fragment F on T @a @b { x }", "fragment F on T @a @b {\n  x\n}")]
    public void Executable_documents(string source, string expected) => Assert.Equal(expected, RoundTrip(source));

    [Theory]
    [InlineData("type T { f(\"d\" a: Int, b: Int): Int }", "type T {\n  f(\n    \"d\"\n    a: Int\n    b: Int\n  ): Int\n}")]
    [InlineData("type T { f(a: Int = \"\"\"x\ny\"\"\"): Int }", "type T {\n  f(\n    a: Int = \"\"\"\n    x\n    y\n    \"\"\"\n  ): Int\n}")]
    [InlineData("\"\"\"\n  indented\n    more\n\"\"\"\ntype T { a: Int }", "\"\"\"\nindented\n  more\n\"\"\"\ntype T {\n  a: Int\n}")]
    [InlineData("type T { \"\"\"desc\"\"\" f: Int }", "type T {\n  \"\"\"desc\"\"\"\n  f: Int\n}")]
    [InlineData("type T implements & A & B @d", "type T implements A & B @d")]
    [InlineData("union U = | A | B", "union U = A | B")]
    [InlineData("directive @d(\"\"\"desc\"\"\" a: Int) repeatable on | FIELD | QUERY", "directive @d(\n  \"\"\"desc\"\"\"\n  a: Int\n) repeatable on FIELD | QUERY")]
    [InlineData("extend schema @a { query: Q }", "extend schema @a {\n  query: Q\n}")]
    [InlineData("enum E { A @deprecated B }", "enum E {\n  A @deprecated\n  B\n}")]
    [InlineData("input I { a: [Int!] = [1] @d }", "input I {\n  a: [Int!] = [1] @d\n}")]
    public void Type_system_documents(string source, string expected) => Assert.Equal(expected, RoundTrip(source));

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("multi\nline", "\"\"\"\nmulti\nline\n\"\"\"")]
    [InlineData("a\n  b", "\"\"\"\na\n  b\n\"\"\"")]
    [InlineData("first\n  second\n  third", "\"\"\"\nfirst\n  second\n  third\n\"\"\"")]
    [InlineData("  a\n  b", "\"\"\"\n  a\n  b\n\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("ends with slash\\", "\"\"\"\nends with slash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"")]
    public void Block_strings_print_like_printBlockString(string value, string expected)
    {
        string printed = Printer.PrintBlockString(value);
        Assert.Equal(expected, printed);
        if (value != "  a\n  b") // graphql-js's printBlockString does not round-trip a common indent either
        {
            Assert.Equal(value, ((StringValueNode)Parser.ParseValue(printed)).Value);
        }
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" and \\ slash /", "\"quote \\\" and \\\\ slash /\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0000\u0001\u001F\u007F\u0080\u009F\u00A0", "\"\\u0000\\u0001\\u001F\\u007F\\u0080\\u009F\u00A0\"")]
    [InlineData("é 😀", "\"é 😀\"")]
    public void Strings_print_like_printString(string value, string expected)
    {
        Assert.Equal(expected, Printer.PrintString(value));
        Assert.Equal(value, ((StringValueNode)Parser.ParseValue(expected)).Value);
    }

    [Fact]
    public void Prints_nodes_built_in_code()
    {
        var field = new FieldNode(
            new NameNode("alias"),
            new NameNode("field"),
            [new ArgumentNode(new NameNode("x"), new ListValueNode([new IntValueNode("1"), new NullValueNode()]))],
            [new DirectiveNode(new NameNode("skip"), [new ArgumentNode(new NameNode("if"), new VariableNode(new NameNode("v")))])],
            null);
        Assert.Equal("alias: field(x: [1, null]) @skip(if: $v)", Printer.Print(field));
        Assert.Equal("[String!]", Printer.Print(new ListTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode("String"))))));
        Assert.Equal("\"\"\"doc\"\"\"", Printer.Print(new StringValueNode("doc", Block: true)));
    }
}
