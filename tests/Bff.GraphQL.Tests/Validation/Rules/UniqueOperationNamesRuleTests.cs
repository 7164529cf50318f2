namespace Bff.GraphQL.Tests.Validation;

public sealed class UniqueOperationNamesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.UniqueOperationNamesRule);

    [Fact]
    public void DifferentlyNamedOperationsAreValid()
    {
        Expect.Valid("""
            query A { cat { name } }
            query B { cat { lives } }
            """);
    }

    [Fact]
    public void AnOperationNameUsedTwiceIsReportedAtBothNames()
    {
        Expect.Errors(
            Rule,
            """
            query A { cat { name } }
            mutation A { adopt(petId: 1) { __typename } }
            """,
            "There can be only one operation named \"A\". @ 1:7, 2:10");
    }

    [Fact]
    public void SubscriptionsShareTheNamespaceOfQueries()
    {
        Expect.Errors(
            Rule,
            """
            query A { cat { name } }
            subscription A { petAdopted { __typename } }
            """,
            "There can be only one operation named \"A\". @ 1:7, 2:14");
    }
}
