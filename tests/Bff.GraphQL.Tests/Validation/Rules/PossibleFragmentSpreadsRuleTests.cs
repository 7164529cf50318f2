namespace Bff.GraphQL.Tests.Validation;

public sealed class PossibleFragmentSpreadsRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.PossibleFragmentSpreadsRule);

    [Fact]
    public void SpreadsThatCanApplyAreValid()
    {
        Expect.Valid("""
            { dog { ... on Animal { legs } ... on CatOrDog { __typename } ...P } being { ... on Owner { pets { __typename } } } }
            fragment P on Pet { __typename }
            """);
    }

    [Fact]
    public void InlineFragmentOfAnotherObjectTypeIsReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog { ... on Cat { meows } } }
            """,
            "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". @ 1:9");
    }

    [Fact]
    public void NamedFragmentOfAnotherObjectTypeIsReported()
    {
        Expect.Errors(
            Rule,
            """
            { cat { ...DogFields } }
            fragment DogFields on Dog { barks }
            """,
            "Fragment \"DogFields\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\". @ 1:9");
    }

    [Fact]
    public void AbstractTypesWithoutCommonObjectsAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { robot { ...B } human { ... on CatOrDog { __typename } } }
            fragment B on Being { name }
            """,
            "Fragment \"B\" cannot be spread here as objects of type \"Robot\" can never be of type \"Being\". @ 1:11",
            "Fragment cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\". @ 1:26");
    }
}
