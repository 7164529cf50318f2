namespace Bff.GraphQL.Tests.Validation;

public sealed class NoFragmentCyclesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.NoFragmentCyclesRule);

    [Fact]
    public void AChainOfFragmentsIsValid()
    {
        Expect.Valid("""
            { dog { ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { name }
            """);
    }

    [Fact]
    public void AFragmentSpreadingItselfIsReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog { ...A } }
            fragment A on Dog { name ...A }
            """,
            "Cannot spread fragment \"A\" within itself. @ 2:26");
    }

    [Fact]
    public void ACycleThroughSeveralFragmentsIsReportedWithItsPath()
    {
        Expect.Errors(
            Rule,
            """
            { dog { ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { owner { pets { ...C } } }
            fragment C on Dog { ...A }
            """,
            "Cannot spread fragment \"A\" within itself via \"B\", \"C\". @ 2:21, 3:36, 4:21");
    }
}
