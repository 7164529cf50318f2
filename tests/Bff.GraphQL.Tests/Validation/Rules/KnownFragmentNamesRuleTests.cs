namespace Bff.GraphQL.Tests.Validation;

public sealed class KnownFragmentNamesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.KnownFragmentNamesRule);

    [Fact]
    public void SpreadsOfDefinedFragmentsAreValid()
    {
        Expect.Valid("""
            { dog { ...A } }
            fragment A on Dog { name }
            """);
    }

    [Fact]
    public void SpreadsOfUndefinedFragmentsAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog { ...Missing ... on Dog { ...AlsoMissing } } }
            """,
            "Unknown fragment \"Missing\". @ 1:12",
            "Unknown fragment \"AlsoMissing\". @ 1:36");
    }
}
