namespace Bff.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.FieldsOnCorrectTypeRule);

    [Fact]
    public void DefinedAndMetaFieldsAreValid()
    {
        Expect.Valid("""
            { dog { name __typename } pet(id: 1) { __typename ... on Cat { meows } } __schema { queryType { name } } }
            """);
    }

    [Fact]
    public void TyposSuggestSimilarFields()
    {
        Expect.Errors(
            Rule,
            """
            { dog { nam barkz } }
            """,
            "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"? @ 1:9",
            "Cannot query field \"barkz\" on type \"Dog\". Did you mean \"barks\"? @ 1:13");
    }

    [Fact]
    public void FieldsOnAUnionSuggestInlineFragmentsSuperTypesFirst()
    {
        Expect.Errors(
            Rule,
            """
            { pet(id: 1) { name } }
            """,
            "Cannot query field \"name\" on type \"Pet\". Did you mean to use an inline fragment on \"Being\", \"Animal\", \"Cat\", \"Dog\", or \"Parrot\"? @ 1:16");
    }

    [Fact]
    public void FieldsOnAnInterfaceSuggestImplementations()
    {
        Expect.Errors(
            Rule,
            """
            { being { legs } }
            """,
            "Cannot query field \"legs\" on type \"Being\". Did you mean to use an inline fragment on \"Animal\", \"Cat\", \"Dog\", or \"Parrot\"? @ 1:11");
    }

    [Fact]
    public void SchemaMetaFieldOutsideTheQueryRootIsReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog { __schema { types { name } } } }
            """,
            "Cannot query field \"__schema\" on type \"Dog\". @ 1:9");
    }
}
