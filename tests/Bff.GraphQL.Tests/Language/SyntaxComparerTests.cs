using Bff.GraphQL.Language;

namespace Bff.GraphQL.Tests.Language;

public sealed class SyntaxComparerTests
{
    [Fact]
    public void Equal_trees_with_different_locations_are_equal()
    {
        var a = Parser.Parse("{ a(x: 1) { b } }");
        var b = Parser.Parse("{\n\n  a(x: 1) {\n b\n }\n}");
        Assert.True(SyntaxComparer.AreEqual(a, b));
        Assert.True(SyntaxComparer.Instance.Equals(a, b));
        Assert.Equal(SyntaxComparer.Instance.GetHashCode(a), SyntaxComparer.Instance.GetHashCode(b));
        Assert.NotEqual(a.Location, b.Location);
    }

    [Theory]
    [InlineData("{ a }", "{ b }")]
    [InlineData("{ a }", "{ a b }")]
    [InlineData("{ a(x: 1) }", "{ a(x: 2) }")]
    [InlineData("{ a(x: 1) }", "{ a(x: 1.0) }")]
    [InlineData("{ a(x: \"s\") }", "{ a(x: \"\"\"s\"\"\") }")]
    [InlineData("{ a(x: ENUM) }", "{ a(x: \"ENUM\") }")]
    [InlineData("{ a: b }", "{ b }")]
    [InlineData("{ a @d }", "{ a }")]
    [InlineData("query Q { a }", "mutation Q { a }")]
    [InlineData("query Q($a: Int) { a }", "query Q($a: Int!) { a }")]
    [InlineData("type T { a: Int }", "type T { a: [Int] }")]
    [InlineData("\"d\" type T", "type T")]
    [InlineData("directive @d on FIELD", "directive @d repeatable on FIELD")]
    [InlineData("extend type T @a", "extend interface T @a")]
    public void Different_trees_are_different(string x, string y) =>
        Assert.False(SyntaxComparer.AreEqual(Parser.Parse(x), Parser.Parse(y)));

    [Fact]
    public void Null_handling()
    {
        Assert.True(SyntaxComparer.AreEqual(null, null));
        Assert.False(SyntaxComparer.AreEqual(Parser.ParseValue("1"), null));
    }
}
