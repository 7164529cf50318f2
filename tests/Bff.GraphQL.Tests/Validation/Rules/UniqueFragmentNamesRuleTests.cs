namespace Bff.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.UniqueFragmentNamesRule);

    [Fact]
    public void DistinctFragmentNamesAreValid()
    {
        Expect.Valid("""
            { dog { ...A ...B } }
            fragment A on Dog { name }
            fragment B on Dog { barks }
            """);
    }

    [Fact]
    public void DuplicateFragmentNamesAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog { ...F } }
            fragment F on Dog { name }
            fragment F on Dog { barks }
            """,
            "There can be only one fragment named \"F\". @ 2:10, 3:10");
    }
}
