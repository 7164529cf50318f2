using System.Diagnostics;
using System.Text;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Tests.Language;

/// <summary>Documents built to exhaust the stack, the heap or the CPU fail fast with a syntax error.</summary>
public sealed class HostileInputTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(2);

    private static GraphQLSyntaxException Fails(string source, ParserOptions? options = null)
    {
        var watch = Stopwatch.StartNew();
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));
        Assert.True(watch.Elapsed < Guard, $"took {watch.Elapsed}");
        return error;
    }

    [Fact]
    public void Hundred_thousand_nested_selection_sets()
    {
        string source = new StringBuilder().Insert(0, "{a", 100_000).ToString();
        var error = Fails(source);
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 64.", error.Message);
        Assert.Equal((64 * 2) + 1, error.Column); // at the 65th "{"
    }

    [Fact]
    public void Ten_megabyte_string_literal()
    {
        string source = "{ a(x: \"" + new string('x', 10 * 1024 * 1024) + "\") }";
        var error = Fails(source);
        Assert.Equal("Syntax Error: Document exceeds the maximum size of 1048576 characters.", error.Message);
        var utf8 = Encoding.UTF8.GetBytes(source);
        var watch = Stopwatch.StartNew();
        var bytesError = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(utf8.AsSpan()));
        Assert.True(watch.Elapsed < Guard);
        Assert.Equal("Syntax Error: Document exceeds the maximum size of 1048576 bytes.", bytesError.Message);
    }

    [Fact]
    public void Long_string_with_a_string_length_limit()
    {
        string source = "{ a(x: \"" + new string('x', 100_000) + "\") }";
        var error = Fails(source, new ParserOptions { MaxStringLength = 10_000 });
        Assert.Equal("Syntax Error: String exceeds the maximum length of 10000 characters.", error.Message);
        Assert.Equal(8, error.Column);
        Assert.NotNull(Parser.Parse(source)); // within the default limits
    }

    [Fact]
    public void Fifty_thousand_operations()
    {
        string source = new StringBuilder().Insert(0, "query Q { a }\n", 50_000).ToString();
        var error = Fails(source, new ParserOptions { MaxDocumentSize = 10 * 1024 * 1024 });
        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
        Assert.Equal(3001, error.Line);
    }

    [Fact]
    public void Fifty_thousand_operations_within_the_default_size_fail_on_tokens_too()
    {
        string source = new StringBuilder().Insert(0, "{a}", 50_000).ToString();
        var error = Fails(source);
        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Deep_list_values()
    {
        string source = "{ a(x: " + new string('[', 200_000) + ") }";
        var error = Fails(source);
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 64.", error.Message);
    }

    [Fact]
    public void Deep_object_values()
    {
        string source = "{ a(x: " + new StringBuilder().Insert(0, "{b: ", 100_000) + ") }";
        var error = Fails(source);
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 64.", error.Message);
    }

    [Fact]
    public void Deep_list_types()
    {
        string source = "query Q($v: " + new string('[', 200_000) + "Int" + new string(']', 200_000) + ") { a }";
        var error = Fails(source);
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 64.", error.Message);

        var sdl = Fails("type T { f: " + new string('[', 100_000) + "Int }");
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 64.", sdl.Message);
    }

    [Fact]
    public void Mixed_nesting_counts_together()
    {
        // 30 selection sets + 40 list values: 70 levels.
        string source = new StringBuilder().Insert(0, "{a", 29).Append("{a(x: ").Append('[', 40).ToString();
        var error = Fails(source);
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 64.", error.Message);
    }

    [Fact]
    public void Long_run_of_bangs()
    {
        string source = "query Q($v: Int" + new string('!', 1_000_000) + ") { a }";
        var error = Fails(source);
        Assert.Equal("Syntax Error: Expected \"$\", found \"!\".", error.Message);
        Assert.Equal(17, error.Column);

        var typeError = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("Int" + new string('!', 100_000)));
        Assert.Equal("Syntax Error: Expected <EOF>, found \"!\".", typeError.Message);
    }

    [Fact]
    public void Many_comments_and_whitespace_are_bounded_by_the_document_size()
    {
        string source = new StringBuilder().Insert(0, "# comment\n", 200_000).Append("{ a }").ToString();
        var error = Fails(source);
        Assert.StartsWith("Syntax Error: Document exceeds the maximum size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Depth_is_checked_before_recursing_even_at_the_largest_setting_on_a_small_stack()
    {
        var options = new ParserOptions { MaxDepth = ParserOptions.MaxDepthLimit, MaxTokens = 10_000_000 };
        string nested = new StringBuilder().Insert(0, "{a", 100_000).ToString();
        Exception? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Parser.Parse(nested, options);
                }
                catch (Exception e)
                {
                    caught = e;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        var error = Assert.IsType<GraphQLSyntaxException>(caught);
        Assert.Contains("nest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_at_the_largest_depth_parse_print_and_compare()
    {
        var options = new ParserOptions { MaxDepth = ParserOptions.MaxDepthLimit };
        int depth = ParserOptions.MaxDepthLimit;
        string source = new StringBuilder().Insert(0, "{a", depth).Append('}', depth).ToString();
        var document = Parser.Parse(source, options);
        string printed = Printer.Print(document);
        Assert.True(SyntaxComparer.AreEqual(document, Parser.Parse(printed, options)));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{a" + source + "}", options));
    }

    [Fact]
    public void Max_depth_cannot_be_set_beyond_the_safe_limit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDepth = ParserOptions.MaxDepthLimit + 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxTokens = 0 });
    }

    [Fact]
    public void Printer_and_comparer_refuse_trees_built_too_deep_in_code()
    {
        static TypeNode Build()
        {
            TypeNode type = new NamedTypeNode(new NameNode("Int"));
            for (int i = 0; i < 100_000; i++)
            {
                type = new ListTypeNode(type);
            }

            return type;
        }

        TypeNode x = Build();
        TypeNode y = Build();
        Assert.Throws<InvalidOperationException>(() => Printer.Print(x));
        Assert.Throws<InvalidOperationException>(() => SyntaxComparer.AreEqual(x, y));
    }
}
