namespace Bff.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.FragmentsOnCompositeTypesRule);

    [Fact]
    public void FragmentsOnObjectsInterfacesAndUnionsAreValid()
    {
        Expect.Valid("""
            { pet(id: 1) { ... on Being { name } ...F ... { __typename } } }
            fragment F on CatOrDog { __typename }
            """);
    }

    [Fact]
    public void InlineFragmentOnAScalarIsReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog { ... on Boolean { x } } }
            """,
            "Fragment cannot condition on non composite type \"Boolean\". @ 1:16");
    }

    [Fact]
    public void FragmentOnAnEnumOrInputTypeIsReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog { ...M } }
            fragment M on Mood { x }
            fragment I on PetFilter { name }
            """,
            "Fragment \"M\" cannot condition on non composite type \"Mood\". @ 2:15",
            "Fragment \"I\" cannot condition on non composite type \"PetFilter\". @ 3:15");
    }
}
