namespace Bff.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.UniqueInputFieldNamesRule);

    [Fact]
    public void DistinctInputFieldsAreValid()
    {
        Expect.Valid("""
            { complex(arg: { required: 1, nested: { required: 2 } }) }
            """);
    }

    [Fact]
    public void RepeatedInputFieldsAreReportedAtEachLevel()
    {
        Expect.Errors(
            Rule,
            """
            { complex(arg: { required: 1, required: 2, nested: { required: 1, optional: "a", optional: "b" } }) }
            """,
            "There can be only one input field named \"required\". @ 1:18, 1:31",
            "There can be only one input field named \"optional\". @ 1:67, 1:82");
    }
}
