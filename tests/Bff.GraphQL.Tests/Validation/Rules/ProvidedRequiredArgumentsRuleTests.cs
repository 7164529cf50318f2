namespace Bff.GraphQL.Tests.Validation;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.ProvidedRequiredArgumentsRule);

    [Fact]
    public void RequiredArgumentsGivenAndDefaultsOmittedAreValid()
    {
        Expect.Valid("""
            { echo(nonNullInt: 1) dog @include(if: true) { name } }
            """);
    }

    [Fact]
    public void MissingRequiredFieldArgumentsAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { echo pet { __typename } dog { knowsCommand } }
            """,
            "Field \"echo\" argument \"nonNullInt\" of type \"Int!\" is required, but it was not provided. @ 1:3",
            "Field \"pet\" argument \"id\" of type \"ID!\" is required, but it was not provided. @ 1:8",
            "Field \"knowsCommand\" argument \"command\" of type \"Command!\" is required, but it was not provided. @ 1:33");
    }

    [Fact]
    public void MissingRequiredDirectiveArgumentsAreReported()
    {
        Expect.Errors(
            Rule,
            """
            { dog @include { name @level } }
            """,
            "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @ 1:7",
            "Directive \"@level\" argument \"value\" of type \"Int!\" is required, but it was not provided. @ 1:23");
    }
}
