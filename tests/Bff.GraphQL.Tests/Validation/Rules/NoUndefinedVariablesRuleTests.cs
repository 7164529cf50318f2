namespace Bff.GraphQL.Tests.Validation;

public sealed class NoUndefinedVariablesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.NoUndefinedVariablesRule);

    [Fact]
    public void VariablesUsedInFragmentsAreDefinedByTheOperation()
    {
        Expect.Valid("""
            query Q($s: Boolean) { dog { ...F } }
            fragment F on Dog { name(surname: $s) }
            """);
    }

    [Fact]
    public void UndefinedVariablesAreReportedWithTheOperationName()
    {
        Expect.Errors(
            Rule,
            """
            query Q($a: Int) { echo(int: $a, float: $f, nonNullInt: 1) dog { ...F } }
            fragment F on Dog { name(surname: $s) }
            """,
            "Variable \"$f\" is not defined by operation \"Q\". @ 1:41, 1:1",
            "Variable \"$s\" is not defined by operation \"Q\". @ 2:35, 1:1");
    }

    [Fact]
    public void UndefinedVariablesInAnAnonymousOperationAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { echo(int: $x, nonNullInt: 1) }
            """,
            "Variable \"$x\" is not defined. @ 1:13, 1:1");
    }
}
