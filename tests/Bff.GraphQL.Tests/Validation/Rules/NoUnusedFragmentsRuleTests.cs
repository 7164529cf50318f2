namespace Bff.GraphQL.Tests.Validation;

public sealed class NoUnusedFragmentsRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.NoUnusedFragmentsRule);

    [Fact]
    public void FragmentsUsedThroughOtherFragmentsAreUsed()
    {
        Expect.Valid("""
            { dog { ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { name }
            """);
    }

    [Fact]
    public void UnusedFragmentsAreReportedEvenWhenTheySpreadEachOther()
    {
        Expect.Errors(
            Rule,
            """
            query Q { dog { ...A } }
            fragment A on Dog { name }
            fragment Unused on Dog { ...AlsoUnused }
            fragment AlsoUnused on Dog { barks }
            """,
            "Fragment \"Unused\" is never used. @ 3:1",
            "Fragment \"AlsoUnused\" is never used. @ 4:1");
    }
}
