namespace Bff.GraphQL.Tests.Validation;

public sealed class NoUnusedVariablesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.NoUnusedVariablesRule);

    [Fact]
    public void VariablesUsedInDirectivesAndFragmentsAreUsed()
    {
        Expect.Valid("""
            query Q($a: Boolean!, $b: Boolean) { dog @include(if: $a) { ...F } }
            fragment F on Dog { name(surname: $b) }
            """);
    }

    [Fact]
    public void UnusedVariablesAreReported()
    {
        Expect.Errors(
            Rule,
            """
            query Q($a: Int, $b: Int) { echo(int: $a, nonNullInt: 1) }
            """,
            "Variable \"$b\" is never used in operation \"Q\". @ 1:18");
    }

    [Fact]
    public void UnusedVariablesOfAnAnonymousOperationAreReported()
    {
        Expect.Errors(
            Rule,
            """
            query ($a: Int) { cat { name } }
            """,
            "Variable \"$a\" is never used. @ 1:8");
    }
}
