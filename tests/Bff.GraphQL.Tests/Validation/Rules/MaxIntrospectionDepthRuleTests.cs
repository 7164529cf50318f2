namespace Bff.GraphQL.Tests.Validation;

public sealed class MaxIntrospectionDepthRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.MaxIntrospectionDepthRule);

    [Fact]
    public void OrdinaryIntrospectionIsValid()
    {
        Expect.Valid("""
            { __schema { types { fields { type { name } } } } }
            """);
    }

    [Fact]
    public void DeeplyNestedIntrospectionListsAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { __schema { types { fields { type { fields { type { fields { name } } } } } } } }
            """,
            "Maximum introspection depth exceeded @ 1:3");
    }

    [Fact]
    public void NestingThroughFragmentsCounts()
    {
        Expect.Errors(
            Rule,
            """
            { __type(name: "Dog") { ...A } }
            fragment A on __Type { interfaces { ...B } }
            fragment B on __Type { possibleTypes { inputFields { name } } }
            """,
            "Maximum introspection depth exceeded @ 1:3");
    }
}
