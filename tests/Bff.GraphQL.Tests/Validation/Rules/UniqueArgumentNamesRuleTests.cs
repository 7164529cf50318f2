namespace Bff.GraphQL.Tests.Validation;

public sealed class UniqueArgumentNamesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.UniqueArgumentNamesRule);

    [Fact]
    public void DistinctArgumentsAreValid()
    {
        Expect.Valid("""
            { search(text: "a", limit: 1) { __typename } }
            """);
    }

    [Fact]
    public void RepeatedArgumentsOnFieldsAndDirectivesAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog(id: 1, id: 2) { name(surname: true, surname: false) @tag(name: "a", name: "b") } }
            """,
            "There can be only one argument named \"id\". @ 1:7, 1:14",
            "There can be only one argument named \"surname\". @ 1:28, 1:43",
            "There can be only one argument named \"name\". @ 1:64, 1:75");
    }
}
