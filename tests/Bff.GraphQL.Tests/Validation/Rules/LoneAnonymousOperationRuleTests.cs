namespace Bff.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests
{
    private const string Rule = nameof(GraphQL.Validation.LoneAnonymousOperationRule);

    [Fact]
    public void OneAnonymousOperationAloneIsValid()
    {
        Expect.Valid("""
            { cat { name } }
            """);
    }

    [Fact]
    public void AnonymousOperationBesideANamedOneIsReported()
    {
        Expect.Errors(
            Rule,
            """
            { cat { name } }
            query Named { dog { name } }
            """,
            "This anonymous operation must be the only defined operation. @ 1:1");
    }

    [Fact]
    public void TwoAnonymousOperationsAreBothReported()
    {
        Expect.Errors(
            Rule,
            """
            { cat { name } }
            { dog { name } }
            """,
            "This anonymous operation must be the only defined operation. @ 1:1",
            "This anonymous operation must be the only defined operation. @ 2:1");
    }
}
