namespace Bff.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.UniqueVariableNamesRule);

    [Fact]
    public void DistinctVariablesAreValid()
    {
        Expect.Valid("""
            query Q($a: Int, $b: Int) { echo(int: $a, nonNullInt: 1) e: echo(int: $b, nonNullInt: 1) }
            """);
    }

    [Fact]
    public void RepeatedVariablesAreReportedOncePerName()
    {
        Expect.Errors(
            Rule,
            """
            query Q($a: Int, $b: Int, $a: String, $a: Int) { echo(int: $b, nonNullInt: 1) }
            """,
            "There can be only one variable named \"$a\". @ 1:10, 1:28, 1:40");
    }
}
